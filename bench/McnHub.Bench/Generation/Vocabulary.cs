namespace McnHub.Bench.Generation;

/// <summary>
/// Words the generated network is made of. Place names are invented (stems × endings, with prefixes); service
/// names and descriptions use the words families and professionals search with, some common ("nursing", "support")
/// and some rare ("hydrotherapy", "makaton"), so that text searches have very different numbers of hits.
/// </summary>
internal static class Vocabulary
{
    public static readonly string[] Regions =
        ["North East and Yorkshire", "North West", "Midlands", "East of England", "London", "South East", "South West"];

    public static readonly string[] TownStems =
    [
        "Ash", "Oak", "Elm", "Birch", "Alder", "Kings", "Queens", "Red", "Black", "White", "Green", "Stone", "Mill", "Bridge",
        "Church", "Hay", "Wood", "Marsh", "Brook", "Thorn", "Holly", "Fern", "Heath", "Lark", "Swan", "Otter", "Salt", "Cold",
        "High", "Long", "Broad", "Castle", "Abbey", "Farn", "Whit", "Harrow", "Bram", "Wyke", "Sand", "Clay",
    ];

    public static readonly string[] TownEndings =
    [
        "ford", "field", "ham", "ley", "mere", "moor", "ton", "wick", "bury", "stead", "worth", "by", "combe", "dale",
        "hurst", "minster", "port", "well", "borough", "chester", "gate", "holme", "thorpe", "cliffe", "brook",
    ];

    public static readonly string[] TownPrefixes =
        ["Upper", "Lower", "Great", "Little", "North", "South", "East", "West", "Market", "Old", "New"];

    public static readonly string[] Streets =
        ["Station Road", "Church Lane", "Riverside Way", "High Street", "Mill Lane", "Park Avenue", "Victoria Road", "London Road", "The Green", "Hospital Drive"];

    public static readonly string[] PostcodeAreas =
        ["B", "BS", "CB", "CV", "DE", "DN", "EX", "GL", "HU", "LE", "LS", "M", "ME", "NE", "NG", "NR", "OX", "PL", "PO", "S", "SO", "TS", "WF", "YO"];

    public static readonly string[] Saints = ["St Aidan's", "St Bede's", "St Cuthbert's", "St Hilda's", "St Oswald's", "St Wilfrid's", "St Chad's", "St Clare's"];

    public static readonly string[] Languages =
        ["English", "English, Urdu, Punjabi", "English; interpreters for any language on request", "English, Polish", "English, British Sign Language", "English, Bengali, Arabic", "English, Welsh"];

    public static readonly string[] Costs =
        ["Free", "Free for families; commissioned by the ICB", "Free; some activities ask for a small voluntary contribution", "Free for families; funded by donations"];

    /// <summary>Per service type code: name templates ("{0}" is a town) and sentences for the description.</summary>
    public static readonly Dictionary<string, (string[] Names, string[] Sentences)> ByType = new()
    {
        ["specialist-consultant-advice"] = (
            ["{0} paediatric palliative medicine clinic", "{0} consultant advice for professionals", "Specialist palliative care consultants ({0})"],
            ["Consultants in paediatric palliative medicine advise families and the professionals caring for the child.",
             "We review symptom plans, advance care plans and medicines, and write to every professional involved."]),
        ["24-7-telephone-advice"] = (
            ["{0} 24-hour palliative care advice line", "{0} out-of-hours telephone advice", "{0} family support line"],
            ["A telephone line answered at any hour by a nurse or doctor who knows children's palliative care.",
             "Families with a child on the caseload can call day or night for advice about symptoms, medicines or what to do next."]),
        ["community-childrens-nursing"] = (
            ["{0} community children's nursing team", "{0} children's community nursing service", "{0} complex care nursing at home"],
            ["Children's nurses care for the child at home, at school or in the community, and teach parents the care their child needs.",
             "Our community nursing team manages gastrostomy feeding, tracheostomy care, long-term ventilation and syringe drivers at home."]),
        ["end-of-life-care-at-home"] = (
            ["{0} hospice at home", "{0} end-of-life care at home team", "{0} rapid response nursing"],
            ["Care so that a child can die at home, if that is what the family chooses.",
             "The team visits as often as needed in the last days of life, with a doctor on call, and stays with the family after the death."]),
        ["short-breaks"] = (
            ["{0} short breaks service", "{0} respite care at home", "{0} weekend short breaks"],
            ["Planned short breaks for the whole family, at home or in the hospice, so that parents can rest.",
             "Trained carers look after the child at home for an afternoon or overnight, following the child's own care plan."]),
        ["hospice-in-patient-care"] = (
            ["{0} hospice in-patient unit", "{0} step-down care from hospital", "{0} symptom control admissions"],
            ["Care in a children's hospice: symptom control, end-of-life care and step-down from hospital.",
             "Family suites let parents and siblings stay with the child, and the hydrotherapy pool and sensory room are open every day."]),
        ["symptom-management"] = (
            ["{0} symptom management clinic", "{0} pain and symptom control team"],
            ["Assessment and treatment of pain, seizures, breathlessness, agitation and other distressing symptoms.",
             "We agree a symptom management plan with the family and share it with the ambulance service and the local hospital."]),
        ["psychological-support"] = (
            ["{0} family psychology service", "{0} counselling for parents", "{0} emotional wellbeing service"],
            ["Emotional and psychological support for the child, parents and carers, from diagnosis onwards.",
             "Psychologists and counsellors offer one-to-one sessions, family work, music therapy and art therapy."]),
        ["sibling-support"] = (
            ["{0} sibling support group", "{0} brothers and sisters club", "{0} young carers group"],
            ["Support for brothers and sisters of a child with a life-limiting condition, with activities and days out.",
             "Sibling workers run after-school groups and holiday activities, and visit siblings at school."]),
        ["bereavement-support"] = (
            ["{0} bereavement support service", "{0} family bereavement counselling", "{0} memory-making and remembrance service"],
            ["Support for parents, siblings and wider family before and after a child's death, for as long as they need it.",
             "Bereavement counsellors offer individual sessions, parents' groups, a fathers' group and an annual remembrance service."]),
        ["transition-to-adult-services"] = (
            ["{0} transition service for young adults", "{0} moving on to adult services clinic"],
            ["Planning and support for young people moving from children's to adult health and social care, from the age of 14.",
             "A transition key worker works with the young person, their family and adult services so that nothing is lost in the move."]),
        ["perinatal-palliative-care"] = (
            ["{0} perinatal palliative care service", "{0} antenatal palliative care planning", "{0} neonatal comfort care team"],
            ["Palliative care planned before birth, with the fetal medicine and neonatal teams, and for babies after birth.",
             "Midwives and the neonatal team help parents make a birth plan and memories, in hospital, at home or in the hospice."]),
        ["equipment"] = (
            ["{0} equipment loan service", "{0} home equipment and adaptations", "{0} specialist seating and beds"],
            ["Specialist equipment for the home: profiling beds, seating, hoists, syringe drivers, suction and feeding pumps.",
             "Equipment is delivered, fitted and serviced by our technicians, usually within five working days of referral."]),
    };

    /// <summary>Sentences any service may add, each with its chance of appearing (some words are rare on purpose).</summary>
    public static readonly (double Chance, string Text)[] Extras =
    [
        (0.10, "Our nurses and support workers are trained in children's palliative care."),
        (0.10, "We work closely with the local children's hospice, the community nursing team and the child's GP."),
        (0.20, "Families can refer themselves; professionals can refer with the family's agreement."),
        (0.15, "Care is planned around the child's advance care plan and the family's wishes."),
        (0.12, "We support children with cancer, neurological conditions, heart conditions and rare genetic conditions."),
        (0.10, "Play specialists and youth workers help children and young people understand what is happening."),
        (0.08, "Care can be given at school, and staff train teachers and teaching assistants."),
        (0.06, "Staff use Makaton and communication aids with children who do not speak."),
        (0.05, "We offer hydrotherapy, music therapy and a multi-sensory room."),
        (0.04, "Young people with Duchenne muscular dystrophy and other neuromuscular conditions are supported into adulthood."),
        (0.03, "Dietitians advise on tube feeding and the ketogenic diet for children with epilepsy."),
        (0.02, "Chaplains of every faith and none offer spiritual care to the whole family."),
        (0.01, "A complementary therapist offers aromatherapy and reflexology to parents."),
    ];
}
