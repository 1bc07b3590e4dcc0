using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Members.People;

/// <summary>A person as a list row: what the list, the details page and the export show.</summary>
public sealed record PersonRow(
    int Id,
    string FullName,
    string Email,
    string? Phone,
    Discipline Discipline,
    string? JobTitle,
    bool ListedInDirectory,
    bool Active,
    DateOnly? RetiredOn,
    IReadOnlyList<AffiliationRow> Affiliations);

/// <summary>An id and a name to choose from (organisations, areas).</summary>
public sealed record Choice(int Id, string Name);

public sealed record AffiliationRow(int Id, int OrganisationId, string Organisation, OrganisationRole Role);

/// <summary>
/// The people list's search, filters and sort, with the privacy rule in the query itself: a member who is
/// not the co-ordinator sees only active people who opted in to the professional directory, and never
/// their phone number.
/// </summary>
public sealed class PeopleQuery
{
    public string? Search { get; set; }

    public int? Organisation { get; set; }

    public Discipline? Discipline { get; set; }

    public OrganisationRole? Role { get; set; }

    /// <summary>"active" (default), "retired" or "all"; the co-ordinator's choice only.</summary>
    public string? Status { get; set; }

    public bool DirectoryOnly { get; set; }

    /// <summary>"name" (default) or "discipline".</summary>
    public string? Sort { get; set; }

    public IQueryable<Person> Apply(IQueryable<Person> people, bool seesEveryone)
    {
        if (!seesEveryone)
        {
            people = people.Where(p => p.ListedInDirectory && p.Active);
        }
        else
        {
            people = Status switch
            {
                "retired" => people.Where(p => !p.Active),
                "all" => people,
                _ => people.Where(p => p.Active),
            };
            if (DirectoryOnly)
            {
                people = people.Where(p => p.ListedInDirectory);
            }
        }

        if (!string.IsNullOrWhiteSpace(Search))
        {
            // lower() on both sides: case-insensitive on SQLite and PostgreSQL alike.
            var term = Search.Trim().ToLower();
            people = people.Where(p => p.FullName.ToLower().Contains(term)
                                       || p.Email.ToLower().Contains(term)
                                       || (p.JobTitle != null && p.JobTitle.ToLower().Contains(term)));
        }

        if (Discipline is { } discipline)
        {
            people = people.Where(p => p.Discipline == discipline);
        }

        if (Organisation is { } organisation && Role is { } role)
        {
            people = people.Where(p => p.Affiliations.Any(a => a.OrganisationId == organisation && a.Role == role));
        }
        else if (Organisation is { } onlyOrganisation)
        {
            people = people.Where(p => p.Affiliations.Any(a => a.OrganisationId == onlyOrganisation));
        }
        else if (Role is { } onlyRole)
        {
            people = people.Where(p => p.Affiliations.Any(a => a.Role == onlyRole));
        }

        return Sort == "discipline"
            ? people.OrderBy(p => p.Discipline).ThenBy(p => p.FullName).ThenBy(p => p.Id)
            : people.OrderBy(p => p.FullName).ThenBy(p => p.Id);
    }

    public static IQueryable<PersonRow> Rows(IQueryable<Person> people, bool showPhone) =>
        people.Select(p => new PersonRow(
            p.Id,
            p.FullName,
            p.Email,
            showPhone ? p.Phone : null,
            p.Discipline,
            p.JobTitle,
            p.ListedInDirectory,
            p.Active,
            p.RetiredOn,
            p.Affiliations
                .OrderBy(a => a.Organisation!.Name).ThenBy(a => a.Role)
                .Select(a => new AffiliationRow(a.Id, a.OrganisationId, a.Organisation!.Name, a.Role))
                .ToList()));

    /// <summary>Organisations for the filter and the form: id and name, by name.</summary>
    public static Task<List<Choice>> OrganisationChoicesAsync(AppDbContext db, CancellationToken ct) =>
        db.Set<Organisations.Organisation>().AsNoTracking().OrderBy(o => o.Name)
            .Select(o => new Choice(o.Id, o.Name)).ToListAsync(ct);
}
