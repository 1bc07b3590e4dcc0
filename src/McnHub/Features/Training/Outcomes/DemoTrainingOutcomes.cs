using McnHub.Features.Members.Organisations;
using McnHub.Features.Members.People;
using McnHub.Features.Training.Model;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.Outcomes;

/// <summary>
/// Demo data for the outcome pages, after DemoTraining (which already seeds attendance, certificates, feedback and
/// barriers): the workforce of member organisations (coverage's denominator), travel districts for some in-person
/// bookings, and news posts. Idempotent (does nothing when workforce records exist) and one SaveChanges.
/// </summary>
public static class DemoTrainingOutcomes
{
    private static readonly (string Title, string Body, int DaysAgo)[] Posts =
    [
        ("Spring study day: transitions to adult services", "Our spring study day looks at **transition** from children's to adult services.\n\n- Young people's own stories\n- Planning from age 14\n- Workshops by discipline\n\nBook from the [training catalogue](/training).", 3),
        ("Virtual sessions now run twice a month", "After feedback that **release from work** and travel stop people coming, the core sessions now also run online, twice a month, at lunchtime.", 20),
        ("New symptom management guideline adopted", "The network has adopted the updated symptom management guideline. The foundation course has been updated to match.", 45),
    ];

    public static async Task SeedAsync(AppDbContext db, DateOnly today, CancellationToken ct = default)
    {
        if (await db.Set<WorkforceRecord>().AnyAsync(ct))
        {
            return;
        }

        var organisations = await db.Set<Organisation>().Where(o => o.Status == MembershipStatus.Member).OrderBy(o => o.Id).Select(o => new { o.Id, o.Type, o.Postcode }).ToListAsync(ct);
        var recorded = today.AddMonths(-2);
        var i = 0;
        foreach (var org in organisations)
        {
            // Most organisations record their workforce; a few have not yet.
            if (i++ % 5 == 4)
            {
                continue;
            }

            var headcount = org.Type switch
            {
                OrganisationType.TertiaryChildrensHospital => 120,
                OrganisationType.DistrictGeneralHospital => 45,
                OrganisationType.ChildrensHospice => 60,
                OrganisationType.CommunityChildrensNursing => 18,
                _ => 10,
            } + (i * 7 % 11);
            db.Add(new WorkforceRecord { OrganisationId = org.Id, Headcount = headcount, RecordedOn = recorded });
            db.Add(new WorkforceRecord { OrganisationId = org.Id, Discipline = Discipline.Nurse, Headcount = headcount / 2, RecordedOn = recorded });
        }

        // Where people travel from, so the barriers page can estimate distances from postcode districts.
        var inPerson = await db.Set<Booking>()
            .Where(b => b.TravelFromDistrict == null && b.TravelMiles == null && b.Session!.Format == TrainingFormat.InPerson && b.Session.VenuePostcode != null)
            .OrderBy(b => b.Id).Select(b => new { Booking = b, b.Session!.VenuePostcode, Home = b.Person!.Affiliations.Select(a => a.Organisation!.Postcode).FirstOrDefault() })
            .Take(400).ToListAsync(ct);
        foreach (var x in inPerson)
        {
            x.Booking.TravelFromDistrict = Barriers.TravelEstimate.District(x.Home ?? x.VenuePostcode);
        }

        var now = today.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
        db.AddRange(Posts.Select(p => new NewsPost { Title = p.Title, Body = p.Body, CreatedAt = now.AddDays(-p.DaysAgo), PublishedAt = now.AddDays(-p.DaysAgo), CreatedBy = "educator@riverlands.example" }));
        db.Add(new NewsPost { Title = "Autumn conference: call for posters", Body = "Draft: dates to be confirmed.", CreatedAt = now, CreatedBy = "educator@riverlands.example" });
        await db.SaveChangesAsync(ct);
    }
}
