using System.Net;
using McnHub.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace McnHub.Tests.Bench;

/// <summary>The benchmark's ceiling endpoint exists only when the benchmark switches it on.</summary>
public sealed class BenchEndpointTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    [Fact]
    public async Task Hello_answers_only_when_Bench_Enabled_is_set()
    {
        // Unmapped, the path is like any unknown one: anonymous visitors are sent to sign in.
        var normal = await factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync("/bench/hello");
        using var benchmarked = factory.WithWebHostBuilder(b => b.UseSetting("Bench:Enabled", "true"));
        var enabled = await benchmarked.CreateClient().GetAsync("/bench/hello");

        Assert.NotEqual(HttpStatusCode.OK, normal.StatusCode);
        Assert.NotEqual("hello", await normal.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Equal("hello", await enabled.Content.ReadAsStringAsync());
    }
}
