using System.Globalization;

namespace LocalStrategy.Kpi.Tests;

/// <summary>Runs code under a culture (and UI culture), restoring the thread's own afterwards.</summary>
internal static class CultureScope
{
    internal static T In<T>(CultureInfo culture, Func<T> action)
    {
        var (current, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = ui;
        }
    }
}
