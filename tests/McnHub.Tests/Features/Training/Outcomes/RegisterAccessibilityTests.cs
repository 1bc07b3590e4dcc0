using System.Text.RegularExpressions;
using McnHub.Features.Training.Model;
using McnHub.Tests.Features.Governance.Minutes;
using McnHub.Tests.Support;

namespace McnHub.Tests.Features.Training.Outcomes;

/// <summary>On a register of many people, every control says whom it marks, so a screen reader user can tell the buttons apart.</summary>
public sealed partial class RegisterAccessibilityTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    [Fact]
    public async Task Each_marking_button_and_reason_list_names_its_person_and_a_walk_in_is_labelled_as_one()
    {
        var trainer = await factory.CreatePersonAsync("Trainer");
        var session = await factory.CreateSessionAsync(await factory.CreateCourseAsync(), DateTime.UtcNow.AddMinutes(-30), trainers: [trainer.Id]);
        var booked = await factory.CreateBookingAsync(session, await factory.CreatePlainPersonAsync("Jane Smith"));
        var walkIn = await factory.CreateBookingAsync(session, await factory.CreatePlainPersonAsync("Omar Hassan"), b => (b.WalkIn, b.Attendance) = (true, AttendanceOutcome.Attended));
        var client = await factory.SignInAsync(trainer.Email);

        var page = await client.GetDocumentAsync($"/training/sessions/{session}/register");

        foreach (var id in new[] { booked, walkIn })
        {
            var row = page.QuerySelector($"[data-booking='{id}']")!;
            var name = row.QuerySelector("h2")!.TextContent.Trim();
            var buttons = row.QuerySelectorAll("button").Select(b => Spaces().Replace(b.TextContent, " ").Trim()).ToList();
            Assert.Equal([$"Attended for {name}", $"Did not attend for {name}", $"Cancelled late for {name}"], buttons);
            var select = row.QuerySelector("select")!;
            var label = page.QuerySelector($"label[for='{select.Id}']")!;
            Assert.EndsWith($" for {name}", Spaces().Replace(label.TextContent, " ").Trim());
        }

        Assert.Null(page.QuerySelector($"[data-booking='{booked}'] [data-walk-in]"));
        Assert.Equal("Walk-in", page.QuerySelector($"[data-booking='{walkIn}'] [data-walk-in]")!.TextContent);
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
