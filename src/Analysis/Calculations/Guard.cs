using System.Globalization;

namespace Analysis.Calculations;

/// <summary>
/// Argument checks shared by the calculations. Every check rejects NaN explicitly (as NodaTime's
/// <c>Preconditions</c> does) and says in its message what was expected and what was passed.
/// </summary>
internal static class Guard
{
    /// <summary>Throws unless <paramref name="value"/> is a finite number.</summary>
    public static double Finite(double value, string paramName)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be a finite number, but was {Format(value)}.");
        }

        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> is finite and ≥ 0.</summary>
    public static double NonNegative(double value, string paramName)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be a finite number ≥ 0, but was {Format(value)}.");
        }

        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> is finite and &gt; 0.</summary>
    public static double Positive(double value, string paramName)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be a finite number > 0, but was {Format(value)}.");
        }

        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> is a fraction in [0, 1].</summary>
    public static double Fraction(double value, string paramName)
    {
        if (double.IsNaN(value) || value < 0 || value > 1)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be a fraction in [0, 1], but was {Format(value)}.");
        }

        return value;
    }

    /// <summary>Formats a number for an exception message, independent of the current culture.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
