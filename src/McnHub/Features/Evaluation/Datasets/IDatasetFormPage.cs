namespace McnHub.Features.Evaluation.Datasets;

/// <summary>What the shared dataset fields partial needs from the create and edit pages.</summary>
public interface IDatasetFormPage
{
    DatasetInput Input { get; }
}
