using System.Net;
using McnHub.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace McnHub.BrowserTests.Support;

/// <summary>
/// The real app, as the integration tests build it (temp SQLite database, demo network, known password),
/// but served by Kestrel on a free loopback port so a real browser can reach it.
/// </summary>
public sealed class McnHubServer : McnHubFactory
{
    public McnHubServer()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Starts the server and answers the address Kestrel bound (port 0 means the OS chose it).</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel reported no addresses.");
        return new Uri(addresses.First());
    }
}
