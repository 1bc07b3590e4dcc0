using McnHub.Tests.Support;

namespace McnHub.BrowserTests.Support;

/// <summary>
/// One module's part of the page walk: the visits (who, page in the permission table, visit), built from the module's
/// demo records looked up by name in the app's database, and the module's pages that are tested elsewhere.
/// </summary>
public sealed record ModuleWalk(
    Func<McnHubFactory, Task<IEnumerable<(string Who, string Page, Visit Visit)>>> VisitsAsync,
    IReadOnlyDictionary<string, string> NotWalked);
