using System.ComponentModel.DataAnnotations;
using McnHub.Features.Members.People;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace McnHub.Features.Standards.Acp;

/// <summary>What the advance care plan adoption form posts.</summary>
public sealed class AcpInput
{
    public bool SignedUp { get; set; }

    public DateOnly? SignedUpOn { get; set; }

    public DateOnly? GovernanceApprovedOn { get; set; }

    public int? LeadPersonId { get; set; }

    public bool StorageAgreed { get; set; }

    [StringLength(2000, ErrorMessage = "Notes must be 2,000 characters or fewer")]
    public string? Notes { get; set; }

    /// <summary>0 while the organisation has no record yet.</summary>
    public int RecordId { get; set; }

    public int Version { get; set; }

    public static AcpInput From(AcpAdoption? a) => a is null ? new AcpInput() : new AcpInput
    {
        SignedUp = a.SignedUp, SignedUpOn = a.SignedUpOn, GovernanceApprovedOn = a.GovernanceApprovedOn, LeadPersonId = a.LeadPersonId,
        StorageAgreed = a.StorageAgreed, Notes = a.Notes, RecordId = a.Id, Version = a.Version,
    };

    public void ApplyTo(AcpAdoption a)
    {
        a.SignedUp = SignedUp;
        a.SignedUpOn = SignedUp ? SignedUpOn : null;
        a.GovernanceApprovedOn = GovernanceApprovedOn;
        a.LeadPersonId = LeadPersonId;
        a.StorageAgreed = StorageAgreed;
        a.Notes = string.IsNullOrWhiteSpace(Notes) ? null : Notes.Trim();
    }

    public IEnumerable<FieldValues> Compare(AcpAdoption saved, IReadOnlyList<Choice> people)
    {
        string? Name(int? id) => people.FirstOrDefault(p => p.Id == id)?.Name;
        return
        [
            new("Input.SignedUp", "Signed up", SignedUp ? "Yes" : "No", saved.SignedUp ? "Yes" : "No"),
            new("Input.SignedUpOn", "Signed up on", UkDates.Format(SignedUpOn), UkDates.Format(saved.SignedUpOn)),
            new("Input.GovernanceApprovedOn", "Approved through governance on", UkDates.Format(GovernanceApprovedOn), UkDates.Format(saved.GovernanceApprovedOn)),
            new("Input.LeadPersonId", "Named lead", Name(LeadPersonId), Name(saved.LeadPersonId)),
            new("Input.StorageAgreed", "Storage agreed", StorageAgreed ? "Yes" : "No", saved.StorageAgreed ? "Yes" : "No"),
            new("Input.Notes", "Notes", Notes, saved.Notes),
        ];
    }

    public void Validate(ModelStateDictionary state, IReadOnlyList<Choice> people, DateOnly today)
    {
        BindingErrors.Reword(state, "Input.SignedUpOn", "Enter the date it signed up as a real date");
        BindingErrors.Reword(state, "Input.GovernanceApprovedOn", "Enter the date of governance approval as a real date");
        if (SignedUpOn is { } on && on > today)
        {
            state.AddModelError("Input.SignedUpOn", "The date it signed up must be today or in the past");
        }

        if (SignedUpOn is not null && !SignedUp)
        {
            state.AddModelError("Input.SignedUp", "Tick signed up, or clear the date it signed up");
        }

        if (GovernanceApprovedOn is { } approved)
        {
            if (approved > today)
            {
                state.AddModelError("Input.GovernanceApprovedOn", "The date of governance approval must be today or in the past");
            }
            else if (SignedUpOn is { } signed && approved < signed)
            {
                state.AddModelError("Input.GovernanceApprovedOn", "The date of governance approval must be on or after the date it signed up");
            }
        }

        if (LeadPersonId is { } lead && people.All(p => p.Id != lead))
        {
            state.AddModelError("Input.LeadPersonId", "Select the named lead from the people of this organisation");
        }
    }
}
