#if NETSTANDARD2_0
// The type the C# compiler needs for init-only setters on netstandard2.0; internal, so it never
// clashes with a consumer's own copy (the core library carries its own, as internal).
namespace System.Runtime.CompilerServices
{
    internal static class IsExternalInit
    {
    }
}
#endif
