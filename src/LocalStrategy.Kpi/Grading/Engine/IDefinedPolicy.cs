namespace LocalStrategy.Kpi.Grading.Engine;

/// <summary>A policy that runs a definition (every built-in and every policy declared as data).</summary>
internal interface IDefinedPolicy
{
    /// <summary>Gets the definition the policy runs.</summary>
    PolicyDefinition Definition { get; }
}
