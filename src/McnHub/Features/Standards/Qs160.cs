namespace McnHub.Features.Standards;

/// <summary>
/// NICE quality standard QS160 (end of life care for infants, children and young people with life-limiting
/// conditions, 2017): its six statements and their measures, as paraphrased in the shared domain facts.
/// </summary>
public static class Qs160
{
    public const string Code = "QS160";

    public const string Title = "End of life care for infants, children and young people with life-limiting conditions";

    public const string Publisher = "NICE (2017)";

    public static readonly (string Title, string Text, string Measures)[] Statements =
    [
        ("Advance care planning",
            "The child or young person and their parents or carers take part in developing an advance care plan (including before birth when a life-limiting condition is diagnosed antenatally).",
            "Process measure: proportion with an advance care plan they helped develop."),
        ("Named medical specialist",
            "A named medical specialist leads and coordinates the child's care.",
            "Structure: local arrangements exist; process: proportion with a named specialist recorded."),
        ("Emotional and psychological support",
            "Families are given information about emotional and psychological support and how to reach it.",
            "Process: proportion of families given that information."),
        ("Multidisciplinary team",
            "Care is provided by a multidisciplinary team that includes members of a specialist paediatric palliative care team.",
            "Structure: evidence of such teams; process: proportion cared for by one."),
        ("Support for grief and loss",
            "Parents or carers are offered support for grief and loss, including after the death.",
            "Process: proportion offered bereavement support."),
        ("Care at home at the end of life",
            "A child being cared for at home at the end of life has 24-hour access to both children's nursing care and advice from a consultant in paediatric palliative care.",
            "Structure: 24/7 arrangements exist in the area; process: proportion with 24-hour access."),
    ];

    public static StandardsSet Build() => new()
    {
        Code = Code,
        Title = Title,
        Publisher = Publisher,
        Statements = Statements.Select((s, i) => new StandardStatement { Number = i + 1, Title = s.Title, Text = s.Text, Measures = s.Measures }).ToList(),
    };
}
