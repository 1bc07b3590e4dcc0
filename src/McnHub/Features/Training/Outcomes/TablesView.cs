using McnHub.Platform.Export;

namespace McnHub.Features.Training.Outcomes;

/// <summary>Tables shown on an analysis page, each downloadable from <see cref="BasePath"/>?handler=export.</summary>
public sealed record TablesView(string BasePath, IReadOnlyList<Table> Tables);
