namespace Analysis.Domain;

/// <summary>A model's predicted change next to the change actually observed, both as fractions.</summary>
/// <param name="PredictedChange">Predicted relative change, as a fraction (−0.1 = −10 %).</param>
/// <param name="ObservedChange">Observed relative change (after − before)/before, as a fraction.</param>
/// <param name="Gap">ObservedChange − PredictedChange, as a fraction (percentage points / 100); positive when the outcome was higher than predicted.</param>
/// <remarks>Immutable.</remarks>
public sealed record PredictionComparison(double PredictedChange, double ObservedChange, double Gap);
