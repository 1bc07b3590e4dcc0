using McnHub.Platform.Export;

namespace McnHub.Features.Training.Outcomes;

/// <summary>
/// Tables shown on an analysis page, each downloadable from <see cref="BasePath"/>?handler=export; <see cref="Query"/>
/// ("&amp;Period=…") makes the download hold the same period as the screen.
/// </summary>
public sealed record TablesView(string BasePath, IReadOnlyList<Table> Tables, string Query = "");
