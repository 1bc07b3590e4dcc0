using System.Text;
using McnHub.Features.Members.Organisations;
using McnHub.Features.Members.People;
using McnHub.Features.Standards;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Tests.Features.Standards;

/// <summary>The demo standards data in a test app, and ways to find its records.</summary>
public static class StandardsTestKit
{
    public const string Coordinator = "coordinator@riverlands.example";
    public const string Lead = "lead@riverlands.example";
    public const string Member = "member@riverlands.example";
    public const string LeadsOrganisation = DemoStandards.LeadsOrganisation;

    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static DateOnly Today => UkDates.Today();

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public sealed record Demo(int OpenPeriod, int ClosedPeriod, int[] Statements);

    /// <summary>Seeds the demo QS160 data (once: the seeder does nothing the second time) and returns its ids.</summary>
    public static async Task<Demo> SeedStandardsAsync(this McnHubFactory factory)
    {
        await factory.WithDbAsync(async db =>
        {
            await DemoStandards.SeedAsync(db, Today);
            return 0;
        });
        return await factory.WithDbAsync(async db =>
        {
            var set = await db.Set<StandardsSet>().SingleAsync(s => s.Code == Qs160.Code);
            var open = await db.Set<AssessmentPeriod>().Where(p => p.SetId == set.Id && p.IsOpen).Select(p => p.Id).SingleAsync();
            var closed = await db.Set<AssessmentPeriod>().Where(p => p.SetId == set.Id && !p.IsOpen).Select(p => p.Id).SingleAsync();
            var statements = await db.Set<StandardStatement>().Where(s => s.SetId == set.Id).OrderBy(s => s.Number).Select(s => s.Id).ToArrayAsync();
            return new Demo(open, closed, statements);
        });
    }

    public static Task<int> OrgIdAsync(this McnHubFactory factory, string name) =>
        factory.WithDbAsync(db => db.Set<Organisation>().Where(o => o.Name == name).Select(o => o.Id).SingleAsync());

    public static string AssessUrl(int org, int period, int statement) => $"/standards/organisations/{org}/periods/{period}/statements/{statement}";

    public static Task<Assessment?> AssessmentAsync(this McnHubFactory factory, int org, int period, int statement) =>
        factory.WithDbAsync(db => db.Set<Assessment>().AsNoTracking().Include(a => a.Files).ThenInclude(f => f.File).Include(a => a.Actions)
            .FirstOrDefaultAsync(a => a.OrganisationId == org && a.PeriodId == period && a.StatementId == statement));
}
