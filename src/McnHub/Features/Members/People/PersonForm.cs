using System.ComponentModel.DataAnnotations;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Members.People;

/// <summary>What the create and edit forms post: the person, and the changes to their organisation roles.</summary>
public sealed class PersonInput
{
    [Required(ErrorMessage = "Enter the person's full name")]
    [StringLength(PersonRules.FullNameMaxLength, ErrorMessage = "Full name must be 150 characters or fewer")]
    public string? FullName { get; set; }

    [Required(ErrorMessage = "Enter the person's email address")]
    [StringLength(PersonRules.EmailMaxLength, ErrorMessage = "Email address must be 256 characters or fewer")]
    [RegularExpression(PersonRules.EmailPattern, ErrorMessage = "Enter an email address in the correct format, like name@example.org")]
    public string? Email { get; set; }

    [StringLength(PersonRules.PhoneMaxLength, ErrorMessage = "Phone number must be 40 characters or fewer")]
    public string? Phone { get; set; }

    [Required(ErrorMessage = "Select the person's discipline")]
    public Discipline? Discipline { get; set; }

    [StringLength(PersonRules.JobTitleMaxLength, ErrorMessage = "Job title must be 150 characters or fewer")]
    public string? JobTitle { get; set; }

    public bool ListedInDirectory { get; set; }

    public int Version { get; set; }

    /// <summary>Ids of the affiliations ticked "remove".</summary>
    public List<int> RemoveAffiliations { get; set; } = [];

    /// <summary>The "add a role" row: an organisation and a role.</summary>
    public int? AddOrganisationId { get; set; }

    public OrganisationRole? AddRole { get; set; }

    public static PersonInput From(Person p) => new()
    {
        FullName = p.FullName,
        Email = p.Email,
        Phone = p.Phone,
        Discipline = p.Discipline,
        JobTitle = p.JobTitle,
        ListedInDirectory = p.ListedInDirectory,
        Version = p.Version,
    };

    public void ApplyTo(Person p)
    {
        p.FullName = FullName!.Trim();
        p.Email = Email!.Trim();
        p.Phone = Blank(Phone);
        p.Discipline = Discipline!.Value;
        p.JobTitle = Blank(JobTitle);
        p.ListedInDirectory = ListedInDirectory;
    }

    public IEnumerable<FieldValues> Compare(Person saved) =>
    [
        new("Input.FullName", "Full name", FullName, saved.FullName),
        new("Input.Email", "Email address", Email, saved.Email),
        new("Input.Phone", "Phone number", Phone, saved.Phone),
        new("Input.Discipline", "Discipline", Discipline is { } d ? PersonRules.Describe(d) : null, PersonRules.Describe(saved.Discipline)),
        new("Input.JobTitle", "Job title", JobTitle, saved.JobTitle),
        new("Input.ListedInDirectory", "Listed in the professional directory", ListedInDirectory ? "Yes" : "No", saved.ListedInDirectory ? "Yes" : "No"),
    ];

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>The checks that need the database: unique email, the phone's shape, and the organisation roles.</summary>
public static class PersonForm
{
    public static async Task ValidateAsync(AppDbContext db, PersonInput input, ModelStateDictionary state, Person? existing, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(input.Phone) && !PersonRules.PhonePattern().IsMatch(input.Phone.Trim()))
        {
            state.AddModelError("Input.Phone", "Enter a phone number using digits, spaces, brackets and + only, like 0161 496 0000");
        }

        if (IsValid(state, "Input.Email") && !string.IsNullOrWhiteSpace(input.Email) && await EmailTakenAsync(db, input.Email, existing?.Id, ct))
        {
            state.AddModelError("Input.Email", "Someone else already has this email address: each person needs their own");
        }

        if (input.AddOrganisationId is null && input.AddRole is not null)
        {
            state.AddModelError("Input.AddOrganisationId", "Select the organisation for the new role, or leave both role fields empty");
            return;
        }

        if (input.AddOrganisationId is not { } organisationId)
        {
            return;
        }

        if (input.AddRole is not { } role)
        {
            state.AddModelError("Input.AddRole", "Select the role at the organisation");
            return;
        }

        var organisation = await db.Set<Organisations.Organisation>().Where(o => o.Id == organisationId).Select(o => o.Name).FirstOrDefaultAsync(ct);
        if (organisation is null)
        {
            state.AddModelError("Input.AddOrganisationId", "Select an organisation from the list");
            return;
        }

        var kept = existing?.Affiliations.Where(a => !input.RemoveAffiliations.Contains(a.Id)) ?? [];
        if (kept.Any(a => a.OrganisationId == organisationId && a.Role == role))
        {
            state.AddModelError("Input.AddOrganisationId", $"This person already has the role {PersonRules.Describe(role)} at {organisation}: choose another organisation or role");
        }
    }

    /// <summary>Emails are unique without regard to case: Jo@X.org and jo@x.org are one person.</summary>
    public static Task<bool> EmailTakenAsync(AppDbContext db, string email, int? exceptId, CancellationToken ct)
    {
        var lower = email.Trim().ToLower();
        return db.Set<Person>().AnyAsync(p => p.Email.ToLower() == lower && p.Id != (exceptId ?? 0), ct);
    }

    private static bool IsValid(ModelStateDictionary state, string key) =>
        !state.TryGetValue(key, out var entry) || entry.Errors.Count == 0;
}
