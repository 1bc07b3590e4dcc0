using System.Net;
using McnHub.Features.Members.Organisations;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Tests.Platform;

public sealed class AntiforgeryTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    [Fact]
    public async Task A_form_posted_with_a_forged_antiforgery_token_is_rejected_and_saves_nothing()
    {
        var client = await factory.SignInAsync("coordinator@riverlands.example");
        var page = await client.GetDocumentAsync("/organisations/new");
        var name = "Forged Token Hospice " + Guid.NewGuid().ToString("N")[..6];

        var response = await client.SubmitFormAsync(page, new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = "CfDJ8-forged-" + Guid.NewGuid().ToString("N"),
            ["Input.Name"] = name,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Set<Organisation>().AnyAsync(o => o.Name == name)));
    }
}
