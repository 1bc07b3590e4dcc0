namespace McnHub.Features.Evaluation;

/// <summary>The demo network's minimum dataset for children's palliative care: elements, sections, rules, indicators.</summary>
internal static class DemoMinimumDataset
{
    public const string DatasetCode = "CPC_MDS";

    public static readonly (string Code, string Name)[] AgeBands =
    [
        ("AGE_0_1", "Under 1"), ("AGE_1_4", "1 to 4"), ("AGE_5_9", "5 to 9"), ("AGE_10_14", "10 to 14"), ("AGE_15_19", "15 to 19"),
    ];

    public sealed record ElementSeed(
        string Section, string Code, string Name, string Definition, string Includes, string Excludes, string Example,
        DataValueType Type = DataValueType.Integer, bool ByAge = false, bool ZeroIsSignificant = true,
        AggregationType Aggregation = AggregationType.Sum, bool Compulsory = true);

    public static readonly ElementSeed[] Elements =
    [
        new("Caseload", "CASELOAD", "Children on the caseload",
            "Children and young people aged 0 to 19 with a life-limiting or life-threatening condition on the organisation's palliative care caseload on the last day of the quarter.",
            "Children seen at least once in the last 12 months and not discharged; babies diagnosed antenatally once born.",
            "Children who died or were discharged during the quarter; siblings and parents.",
            "42 children open to the team on 31 March, of whom 6 are under 1: enter 6 under 1 and the rest by age.",
            ByAge: true, Aggregation: AggregationType.LastValue),
        new("Caseload", "NEW_REFERRALS", "New referrals accepted",
            "Children newly referred to the organisation for palliative care and accepted during the quarter.",
            "Re-referrals after a discharge; antenatal referrals (counted in 'under 1').",
            "Referrals declined or redirected; transfers between teams of the same organisation.",
            "5 referrals received, 4 accepted: enter 4.",
            ByAge: true),
        new("Caseload", "ACP", "Children with an advance care plan",
            "Children on the caseload on the last day of the quarter who have an advance care plan they or their family helped to develop (NICE QS160 statement 1).",
            "Plans in the regional template or an equivalent agreed format, reviewed in the last 12 months.",
            "Resuscitation decisions alone; plans the family has not seen.",
            "Of 42 children, 30 have a plan reviewed this year: enter 30.",
            Aggregation: AggregationType.LastValue),
        new("Caseload", "NAMED_LEAD", "Children with a named lead clinician",
            "Children on the caseload on the last day of the quarter with a named medical specialist leading and co-ordinating their care, recorded in their notes (NICE QS160 statement 2).",
            "A consultant or specialty doctor named in the notes and known to the family.",
            "A team name without a named person.",
            "40 of 42 children have a named consultant: enter 40.",
            Aggregation: AggregationType.LastValue),
        new("Deaths", "DEATHS", "Deaths",
            "Children on the caseload who died during the quarter.",
            "Deaths anywhere, including abroad.",
            "Deaths of children discharged before the quarter.",
            "3 children died this quarter: enter 3.", Compulsory: true),
        new("Deaths", "DEATHS_HOME", "Deaths at home",
            "Deaths during the quarter at the child's home or a family member's home.",
            "Deaths at home supported by any team.", "Deaths in a hospice's family flat.", "1 child died at home: enter 1."),
        new("Deaths", "DEATHS_HOSPICE", "Deaths in a hospice",
            "Deaths during the quarter in a children's hospice (or an adult hospice for young people).",
            "Deaths in a hospice's family flat.", "Deaths at home supported by hospice at home.", "Enter 0 when none."),
        new("Deaths", "DEATHS_HOSPITAL", "Deaths in hospital (not intensive care)",
            "Deaths during the quarter on a hospital ward, including a neonatal unit outside intensive care.",
            "Ward and high-dependency deaths.", "Deaths in paediatric or neonatal intensive care.", "Enter 0 when none."),
        new("Deaths", "DEATHS_ICU", "Deaths in intensive care",
            "Deaths during the quarter in a paediatric or neonatal intensive care unit.",
            "PICU and NICU deaths, including after withdrawal of treatment.", "Deaths on the ward after step-down.", "Enter 0 when none."),
        new("Deaths", "DEATHS_PREFERRED", "Deaths in the preferred place",
            "Deaths during the quarter that happened in the place the child or family had said they preferred, as recorded in the advance care plan or notes.",
            "Deaths where the preferred place was recorded and met.",
            "Deaths where no preference was recorded.",
            "3 deaths, 2 where the family wished: enter 2."),
        new("Support", "ADVICE_247", "24-hour advice available all quarter", "Whether children on the caseload had 24-hour access to advice from a consultant in paediatric palliative care throughout the quarter (NICE QS160 statement 6).",
            "A rota that covered every night and weekend.", "Advice only in working hours; gaps of a night or more.", "Covered every night: answer Yes.",
            Type: DataValueType.YesNo, Aggregation: AggregationType.LastValue),
        new("Support", "ADVICE_CALLS", "24/7 advice calls", "Calls to the organisation's 24-hour advice line about children on the caseload during the quarter.",
            "Calls from families and from professionals.", "Calls about appointments or equipment only.", "21 calls: enter 21.", Compulsory: false),
        new("Support", "SHORT_BREAK_NIGHTS", "Short-break nights", "Nights of short break (respite) care provided to children during the quarter.",
            "Planned and emergency short breaks, in a hospice or at home.", "End-of-life stays.", "Two children stayed 3 nights each: enter 6.", ZeroIsSignificant: false, Compulsory: false),
        new("Support", "BEREAVEMENT_CONTACTS", "Bereavement support contacts", "Contacts with bereaved parents, carers or siblings during the quarter (NICE QS160 statement 5).",
            "Visits, calls and group sessions.", "Letters and cards.", "4 visits and 6 calls: enter 10.", ZeroIsSignificant: false, Compulsory: false),
    ];

    public static readonly (string Name, string Left, RuleOperator Op, string Right, RuleImportance Importance, string Message)[] Rules =
    [
        ("Deaths by place add up", "[DEATHS_HOME] + [DEATHS_HOSPICE] + [DEATHS_HOSPITAL] + [DEATHS_ICU]", RuleOperator.Equal, "[DEATHS]", RuleImportance.Error, "Deaths at home, in a hospice, in hospital and in intensive care must add up to all deaths."),
        ("Preferred place within deaths", "[DEATHS_PREFERRED]", RuleOperator.LessOrEqual, "[DEATHS]", RuleImportance.Error, "Deaths in the preferred place cannot be more than all deaths."),
        ("Plans within caseload", "[ACP]", RuleOperator.LessOrEqual, "[CASELOAD]", RuleImportance.Error, "Children with an advance care plan cannot be more than the caseload."),
        ("Named leads within caseload", "[NAMED_LEAD]", RuleOperator.LessOrEqual, "[CASELOAD]", RuleImportance.Error, "Children with a named lead clinician cannot be more than the caseload."),
        ("Referrals unusually high", "[NEW_REFERRALS]", RuleOperator.LessOrEqual, "[CASELOAD] / 2", RuleImportance.Warning, "New referrals are more than half the caseload: please check, and explain in a comment."),
        ("Deaths unusually high", "[DEATHS]", RuleOperator.LessOrEqual, "[CASELOAD] / 5", RuleImportance.Warning, "More than a fifth of the caseload died this quarter: please check, and explain in a comment."),
    ];

    public static readonly Indicator[] Indicators =
    [
        new() { Code = "PREF_PLACE", Name = "Deaths in the preferred place", Description = "Percentage of children's deaths that happened in the place the child or family preferred.", Numerator = "[DEATHS_PREFERRED]", NumeratorDescription = "Deaths in the preferred place", Denominator = "[DEATHS]", DenominatorDescription = "All deaths", Factor = 100, Decimals = 0, Target = 75 },
        new() { Code = "ACP_PCT", Name = "Children with an advance care plan", Description = "Percentage of children on the caseload with an advance care plan they or their family helped to develop (NICE QS160 statement 1).", Numerator = "[ACP]", NumeratorDescription = "Children with a plan", Denominator = "[CASELOAD]", DenominatorDescription = "Children on the caseload", Factor = 100, Decimals = 0, Target = 80 },
        new() { Code = "NAMED_LEAD_PCT", Name = "Children with a named lead clinician", Description = "Percentage of children on the caseload with a named medical specialist leading their care (NICE QS160 statement 2).", Numerator = "[NAMED_LEAD]", Denominator = "[CASELOAD]", Factor = 100, Decimals = 0, Target = 95 },
        new() { Code = "HOME_HOSPICE_DEATHS", Name = "Deaths at home or in a hospice", Description = "Percentage of deaths at home or in a hospice rather than in hospital.", Numerator = "[DEATHS_HOME] + [DEATHS_HOSPICE]", Denominator = "[DEATHS]", Factor = 100, Decimals = 0, Target = 40 },
        new() { Code = "ICU_DEATHS", Name = "Deaths in intensive care", Description = "Percentage of deaths in paediatric or neonatal intensive care.", Numerator = "[DEATHS_ICU]", Denominator = "[DEATHS]", Factor = 100, Decimals = 0, Target = 25, Direction = IndicatorDirection.LowerIsBetter },
        new() { Code = "SHORT_BREAKS_PER_CHILD", Name = "Short-break nights per child", Description = "Nights of short-break care per child on the caseload.", Numerator = "[SHORT_BREAK_NIGHTS]", Denominator = "[CASELOAD]", Factor = 1, Decimals = 1 },
    ];
}
