namespace McnHub.Tests.Features.Members.Organisations;

internal static class TestPaths
{
    /// <summary>The path and query of a redirect, whether the app wrote it absolute (the sign-in redirects) or relative.</summary>
    public static string PathOnly(this Uri location) => location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
}
