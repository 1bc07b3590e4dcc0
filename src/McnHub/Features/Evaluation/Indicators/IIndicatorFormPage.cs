namespace McnHub.Features.Evaluation.Indicators;

public interface IIndicatorFormPage
{
    IndicatorInput Input { get; }

    IReadOnlyList<string> Codes { get; }
}
