namespace McnHub.Features.Evaluation.Disaggregations;

/// <summary>What the shared disaggregation fields partial needs from the create and edit pages.</summary>
public interface IComboFormPage
{
    ComboInput Input { get; }
}
