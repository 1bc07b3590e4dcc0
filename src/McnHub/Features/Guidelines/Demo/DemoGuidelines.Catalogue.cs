using McnHub.Features.Guidelines.Documents;

namespace McnHub.Features.Guidelines.Demo;

public static partial class DemoGuidelines
{
    /// <summary>What each demo document is. Versions: how many; Pending: a later version in progress (draft or consultation).</summary>
    private sealed record Entry(string Title, DocumentKind Kind, DocumentAudience Audience, DocumentStatus Status, string Topics, int Versions = 1, VersionStatus? Pending = null, int ReviewInDays = 400);

    private static readonly Entry[] Catalogue =
    [
        new("Symptom management at the end of life at home", DocumentKind.SymptomManagement, DocumentAudience.Members, DocumentStatus.Approved, "end of life care, pain, breathlessness, agitation", 3, VersionStatus.Consultation),
        new("Child and young person's advance care plan", DocumentKind.Template, DocumentAudience.Public, DocumentStatus.Approved, "advance care planning, end of life care", 2),
        new("Pain assessment and management in children with life-limiting conditions", DocumentKind.Guideline, DocumentAudience.Members, DocumentStatus.Approved, "pain, symptom management", 2, ReviewInDays: -40),
        new("Rapid discharge home for end of life care", DocumentKind.CarePathway, DocumentAudience.Public, DocumentStatus.Approved, "end of life care, discharge, place of death"),
        new("Perinatal palliative care pathway", DocumentKind.CarePathway, DocumentAudience.Public, DocumentStatus.Approved, "perinatal, neonates, advance care planning", 2, ReviewInDays: 25),
        new("Transition to adult palliative care services", DocumentKind.Guideline, DocumentAudience.Public, DocumentStatus.Approved, "transition, young adults"),
        new("Management of seizures in the last days of life", DocumentKind.SymptomManagement, DocumentAudience.Members, DocumentStatus.Approved, "seizures, end of life care, symptom management", ReviewInDays: -12),
        new("Nausea and vomiting: a symptom management guide", DocumentKind.SymptomManagement, DocumentAudience.Members, DocumentStatus.Approved, "nausea, vomiting, symptom management"),
        new("Subcutaneous syringe pump use in children", DocumentKind.Guideline, DocumentAudience.Members, DocumentStatus.Approved, "syringe pump, medicines, end of life care", 2, VersionStatus.Draft),
        new("Bereavement support for families and siblings", DocumentKind.Guideline, DocumentAudience.Public, DocumentStatus.Approved, "bereavement, siblings, family support"),
        new("Care after death", DocumentKind.Policy, DocumentAudience.Public, DocumentStatus.Approved, "care after death, bereavement", ReviewInDays: -90),
        new("24-hour telephone advice: operating policy", DocumentKind.Policy, DocumentAudience.Members, DocumentStatus.Approved, "24/7 advice, out of hours"),
        new("Referral criteria for specialist palliative care", DocumentKind.Policy, DocumentAudience.Public, DocumentStatus.Approved, "referral, eligibility"),
        new("Breathlessness in children with life-limiting conditions", DocumentKind.SymptomManagement, DocumentAudience.Members, DocumentStatus.Approved, "breathlessness, symptom management", ReviewInDays: 45),
        new("Short breaks and respite: eligibility policy", DocumentKind.Policy, DocumentAudience.Public, DocumentStatus.Approved, "short breaks, respite, eligibility"),
        new("Parallel planning conversation template", DocumentKind.Template, DocumentAudience.Members, DocumentStatus.Consultation, "advance care planning, communication"),
        new("Agitation and delirium at the end of life", DocumentKind.SymptomManagement, DocumentAudience.Members, DocumentStatus.Consultation, "agitation, delirium, end of life care"),
        new("Psychological support for children and families", DocumentKind.Guideline, DocumentAudience.Public, DocumentStatus.Consultation, "psychological support, family support"),
        new("Anticipatory prescribing for children", DocumentKind.Guideline, DocumentAudience.Members, DocumentStatus.Consultation, "medicines, anticipatory prescribing"),
        new("Oral care in palliative care", DocumentKind.SymptomManagement, DocumentAudience.Members, DocumentStatus.Draft, "oral care, symptom management"),
        new("Spiritual care for children and families", DocumentKind.Guideline, DocumentAudience.Public, DocumentStatus.Draft, "spiritual care, family support"),
        new("Hospice at home referral form", DocumentKind.Template, DocumentAudience.Members, DocumentStatus.Draft, "referral, hospice at home"),
        new("Network guideline on end of life care (2019)", DocumentKind.Guideline, DocumentAudience.Public, DocumentStatus.Retired, "end of life care", 2),
        new("Paper-based symptom diary", DocumentKind.Template, DocumentAudience.Members, DocumentStatus.Retired, "symptom management"),
        new("Out-of-hours on-call rota policy (2020)", DocumentKind.Policy, DocumentAudience.Members, DocumentStatus.Retired, "out of hours, 24/7 advice"),
    ];

    private static string Body(string title, string topics, int version) => $"""
        ## Purpose

        This {(version == 1 ? "guideline" : "revised guideline")} sets out how member organisations of the network approach {title.ToLowerInvariant()}, so that every child and family receives the same standard of care wherever they live.

        ## Scope

        It applies to babies, children and young people with life-limiting or life-threatening conditions, and to the professionals caring for them in hospital, hospice and at home. Topics: {topics}.

        ## Recommendations

        1. Assess the child regularly and record the assessment in the shared care record.
        2. Agree a plan with the child (where possible) and the family, and share it with everyone involved.
        3. Seek specialist advice through the 24-hour advice line when symptoms are not controlled.
        {(version >= 2 ? "4. Review the plan at least every 24 hours at the end of life, and sooner if the child's condition changes." : "")}
        {(version >= 3 ? "5. Offer families written information in their preferred language." : "")}

        ## Evidence

        Based on NICE guideline NG61 (End of life care for infants, children and young people with life-limiting conditions) and quality standard QS160.

        ## Audit

        Member organisations audit their practice against this document each year and report through the clinical leads group.
        """;
}
