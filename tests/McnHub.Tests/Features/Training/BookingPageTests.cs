using System.Net;
using McnHub.Features.Members.People;
using McnHub.Features.Training.Model;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Members.People.MemberPages;

namespace McnHub.Tests.Features.Training;

/// <summary>Booking in the browser: the session page, the waiting list, cancelling with a reason, offers, staff bookings.</summary>
public sealed class BookingPageTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    [Fact]
    public async Task A_member_books_from_the_session_page_and_booking_again_is_refused_with_a_clear_message()
    {
        var session = await factory.SessionAsync(capacity: 5);
        var client = await factory.SignInAsync(Member);
        var page = await client.GetDocumentAsync($"/training/sessions/{session.Id}");

        var booked = await client.SubmitFormAsync(page, new Dictionary<string, string> { ["TravelFrom"] = "rv3 4ab" });
        var again = await PageOfAsync(await client.SubmitFormAsync(page, new Dictionary<string, string>()));
        var after = await client.GetDocumentAsync($"/training/sessions/{session.Id}");

        Assert.Equal(HttpStatusCode.Redirect, booked.StatusCode);
        Assert.Contains("You are already booked on this session.", again.ErrorSummary());
        Assert.Equal("4 of 5", after.QuerySelector("#places-left")!.TextContent);
        Assert.Contains("You are booked on this session.", after.QuerySelector("#my-booking")!.TextContent);
        var saved = Assert.Single(await factory.BookingsAsync(session.Id));
        Assert.Equal("RV3", saved.TravelFromDistrict);
    }

    [Fact]
    public async Task A_full_session_offers_the_waiting_list_and_shows_its_length()
    {
        var session = await factory.SessionAsync(capacity: 1);
        var other = (await factory.PeopleAsync(1, skip: 20))[0];
        await factory.BookAsync(session.Id, other.Id);
        var client = await factory.SignInAsync(Member);

        var page = await client.GetDocumentAsync($"/training/sessions/{session.Id}");
        await client.SubmitFormAsync(page, new Dictionary<string, string>());
        var after = await client.GetDocumentAsync($"/training/sessions/{session.Id}");

        Assert.Contains("Join the waiting list", page.QuerySelector("main form button")!.TextContent);
        Assert.Equal("Full", page.QuerySelector("#availability")!.TextContent);
        Assert.Equal("1 person", after.QuerySelector("#waiting-list")!.TextContent);
        Assert.Contains("number 1 on the waiting list", after.QuerySelector("#my-booking")!.TextContent);
    }

    [Fact]
    public async Task Cancelling_needs_a_reason_keeps_what_was_typed_and_then_offers_the_place_to_the_next_person()
    {
        var session = await factory.SessionAsync(capacity: 1);
        var member = await factory.PersonByEmailAsync(Member);
        var next = (await factory.PeopleAsync(1, skip: 25))[0];
        await factory.BookAsync(session.Id, member.Id);
        await factory.BookAsync(session.Id, next.Id, waitList: true);
        var mine = (await factory.BookingsAsync(session.Id))[0];
        var client = await factory.SignInAsync(Member);
        var form = await client.GetDocumentAsync($"/training/bookings/{mine.Id}/cancel");

        var noReason = await PageOfAsync(await client.SubmitFormAsync(form, new Dictionary<string, string> { ["Details"] = "Rota changed" }));
        var other = await PageOfAsync(await client.SubmitFormAsync(form, new Dictionary<string, string> { ["Reason"] = "Other" }));
        var done = await client.SubmitFormAsync(form, new Dictionary<string, string> { ["Reason"] = "ReleaseFromWork", ["Details"] = "Rota changed" });
        var bookings = await factory.BookingsAsync(session.Id);

        Assert.Equal("Error: Select why you are cancelling", noReason.FieldError("Reason"));
        Assert.Equal("Rota changed", noReason.FieldValue("Details"));
        Assert.Contains("as you chose ‘Other’", other.FieldError("Details"));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal((BookingStatus.Cancelled, BarrierReason.ReleaseFromWork, "Rota changed"), (bookings[0].Status, bookings[0].CancellationReason!.Value, bookings[0].CancellationText!));
        Assert.Equal(BookingStatus.Offered, bookings[1].Status);
    }

    [Fact]
    public async Task Someone_else_cannot_cancel_a_booking_and_the_refusal_is_audited()
    {
        var session = await factory.SessionAsync();
        var stranger = (await factory.PeopleAsync(1, skip: 30))[0];
        await factory.BookAsync(session.Id, stranger.Id);
        var booking = (await factory.BookingsAsync(session.Id))[0];
        var client = await factory.SignInAsync(Member);

        var response = await client.GetAsync($"/training/bookings/{booking.Id}/cancel");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == "Booking" && a.EntityKey == booking.Id.ToString())));
    }

    [Fact]
    public async Task An_offer_link_accepts_the_place_without_signing_in_and_an_answered_link_says_so()
    {
        var session = await factory.SessionAsync(capacity: 1);
        var p = await factory.PeopleAsync(2, skip: 35);
        await factory.BookAsync(session.Id, p[0].Id);
        await factory.BookAsync(session.Id, p[1].Id, waitList: true);
        var holder = (await factory.BookingsAsync(session.Id))[0];
        await factory.WithBookingsAsync(s => s.CancelAsync(holder.Id, BarrierReason.Illness, null, holder.PersonId, CancellationToken.None));
        var code = (await factory.BookingsAsync(session.Id))[1].OfferCode!;
        var anonymous = factory.CreateBrowserClient();

        var page = await anonymous.GetDocumentAsync($"/training/offers/{code}");
        var accepted = await anonymous.SubmitFormAsync(page, new Dictionary<string, string>());
        var again = await anonymous.GetDocumentAsync($"/training/offers/{code}");

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(BookingStatus.Booked, (await factory.BookingsAsync(session.Id))[1].Status);
        Assert.Contains("This offer is no longer open", again.Text());
    }

    [Fact]
    public async Task An_organisation_lead_books_their_own_staff_but_not_someone_from_another_organisation()
    {
        var session = await factory.SessionAsync();
        var (staff, outsider) = await factory.WithDbAsync(async db =>
        {
            var org = await db.Set<Affiliation>().Where(a => a.Organisation!.Name == LeadsOrganisation && a.Person!.Email != Lead && a.Person.Active).Select(a => a.PersonId).FirstAsync();
            var other = await db.Set<Affiliation>().Where(a => a.Organisation!.Name != LeadsOrganisation && a.Person!.Active).Select(a => a.PersonId).FirstAsync();
            return (org, other);
        });
        var client = await factory.SignInAsync(Lead);
        var form = await client.GetDocumentAsync($"/training/sessions/{session.Id}/book-staff");

        var refused = await PageOfAsync(await client.SubmitFormAsync(form, new Dictionary<string, string> { ["PersonId"] = outsider.ToString() }));
        var booked = await client.SubmitFormAsync(form, new Dictionary<string, string> { ["PersonId"] = staff.ToString() });

        Assert.Contains("Select a member of your staff", refused.FieldError("PersonId"));
        Assert.Equal(HttpStatusCode.Redirect, booked.StatusCode);
        var saved = Assert.Single(await factory.BookingsAsync(session.Id));
        Assert.Equal(staff, saved.PersonId);
        Assert.NotNull(saved.OnBehalfOfOrganisationId);
        Assert.NotEqual(staff, saved.BookedByPersonId);
    }
}
