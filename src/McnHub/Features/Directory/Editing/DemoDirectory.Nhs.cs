using McnHub.Features.Directory.Services;

namespace McnHub.Features.Directory.Editing;

/// <summary>The taxonomy (from PRODUCT.md) and the NHS services of the demo network.</summary>
public static partial class DemoDirectory
{
    public sealed record TermSeed(string Code, string Label, string Description);

    public static readonly TermSeed[] Terms =
    [
        new(ConsultantAdvice, "Specialist consultant advice", "Advice from a consultant in paediatric palliative medicine, for families and for the professionals caring for the child"),
        new(TelephoneAdvice247, "24/7 telephone advice", "A telephone line answered at any hour by someone who can advise on a child's palliative care"),
        new(CommunityNursing, "Community children's nursing", "Children's nurses caring for the child at home, at school or in the community"),
        new(EndOfLifeCareAtHome, "End-of-life care at home", "Nursing and medical care so that a child can die at home, if that is what the family chooses"),
        new("short-breaks", "Short breaks / respite", "Planned breaks for the family, at home, in a hospice or elsewhere"),
        new("hospice-in-patient-care", "Hospice in-patient care", "Care in a children's hospice: symptom control, end-of-life care, step-down from hospital"),
        new("symptom-management", "Symptom management", "Assessment and treatment of pain and other distressing symptoms"),
        new("psychological-support", "Psychological support", "Emotional and psychological support for the child, parents and carers"),
        new("sibling-support", "Sibling support", "Support for brothers and sisters of a child with a life-limiting condition"),
        new("bereavement-support", "Bereavement support", "Support for parents, siblings and wider family before and after a child's death"),
        new("transition-to-adult-services", "Transition to adult services", "Planning and support for young people moving to adult health and social care"),
        new("perinatal-palliative-care", "Perinatal and antenatal palliative care", "Palliative care planned before birth and for babies after birth"),
        new("equipment", "Equipment", "Specialist equipment for the home: beds, seating, hoists, syringe drivers, feeding pumps"),
    ];

    private static IEnumerable<S> Seeds => Nhs.Concat(Voluntary);

    private const string Hospital = "Riverlands Children's Hospital NHS Foundation Trust";
    private const string PalliativeTeam = "Riverlands Children's Palliative Care Team";
    private const string ProfessionalsOnly = "Consultants, GPs, hospital and community nurses";

    private static readonly S[] Nhs =
    [
        new(Hospital, "Paediatric palliative medicine outpatient clinic", "specialist-consultant-advice symptom-management",
            "Consultant-led clinic for children with complex symptoms or uncertain prognosis. We review symptom plans, advance care plans and medicines, and write to every professional involved.",
            Who: ProfessionalsOnly, Location: "Outpatients B, Riverlands Children's Hospital"),
        new(Hospital, "Children's psychology service for life-limiting conditions", "psychological-support",
            "Clinical psychologists working with children, young people and parents facing a life-limiting diagnosis: coping with treatment, anxiety, low mood and difficult decisions.",
            Min: 2, Verified: 8, Who: "Any professional involved in the child's care"),
        new(Hospital, "Young adult transition clinic", "transition-to-adult-services",
            "Joint clinic with adult palliative care and adult specialists for young people from 14, planning the move to adult services step by step, with the young person leading.",
            Min: 14, Max: 25, Hours: Hours.OfficeLunch, Criteria: "Young people aged 14 to 25 with a life-limiting condition who will need adult services"),
        new(Hospital, "Fetal medicine and perinatal palliative care pathway", "perinatal-palliative-care",
            "When a life-limiting condition is found before birth, the fetal medicine team and the palliative care team plan with parents for birth, for comfort care and for the time the family will have together.",
            Min: 0, Max: 0, Conditions: "Antenatal diagnosis of a life-limiting condition", Who: "Midwives, obstetricians and fetal medicine specialists"),
        new(Hospital, "Long-term ventilation outreach", "equipment community-childrens-nursing",
            "Nurses and physiologists supporting children on home ventilation: equipment set-up, training for families and carers, and regular reviews at home.",
            Areas: "Northbrook, Eastmere, Westvale", Hours: Hours.WeekdayExtended),
        new(Hospital, "Children's pain and symptom control ward liaison", "symptom-management",
            "A nurse specialist who sees children with palliative care needs on every ward of the hospital, working with the ward team on pain and symptom plans.",
            Hours: Hours.Daytime7, Who: "Hospital staff"),

        new(PalliativeTeam, "Specialist consultant on-call advice", "specialist-consultant-advice",
            "A consultant in paediatric palliative medicine on call day and night for professionals caring for a child with palliative care needs, anywhere in the network except Eastmere (where out-of-hours cover is still being agreed).",
            Hours: Hours.TwentyFourSeven, Areas: "Northbrook, Westvale, Southford, Highcross, Lowmoor", Who: ProfessionalsOnly,
            How: "Call the hospital switchboard and ask for the palliative care consultant on call"),
        new(PalliativeTeam, "Regional palliative care nurse specialists", "symptom-management end-of-life-care-at-home",
            "Clinical nurse specialists who visit children at home, in hospital and in hospices across the region, advising local teams on symptom management and end-of-life care in working hours.",
            Hours: Hours.Office),
        new(PalliativeTeam, "Advance care planning clinic", "specialist-consultant-advice",
            "Time with a consultant and a nurse specialist to talk through and write the child's advance care plan, using the regional plan that every hospital, hospice and ambulance crew recognises.",
            Hours: Hours.OfficeLunch),
        new(PalliativeTeam, "Perinatal palliative care consultations", "perinatal-palliative-care specialist-consultant-advice",
            "Consultant advice for neonatal and maternity teams on babies with a life-limiting condition, including planning for a baby to go home or to a hospice.",
            Min: 0, Max: 1, Who: "Neonatal and maternity teams"),

        new("Northbrook Hospitals NHS Trust", "Northbrook children's ward palliative care beds", "symptom-management",
            "Two side rooms on the children's ward set aside for children needing symptom control or end-of-life care close to home, with a bed for a parent.",
            Hours: Hours.TwentyFourSeven, Who: "Any professional; families known to the ward can call directly"),
        new("Northbrook Hospitals NHS Trust", "Paediatric consultant with a special interest in palliative care", "specialist-consultant-advice",
            "A general paediatrician with palliative care training who leads local care for children known to the palliative care team and links with the regional consultants.",
            Who: ProfessionalsOnly),
        new("Northbrook Hospitals NHS Trust", "Bereavement midwifery and family support", "bereavement-support perinatal-palliative-care",
            "Specialist bereavement midwives supporting parents whose baby is expected to die before or soon after birth, and after their baby's death.",
            Min: 0, Max: 0, Verified: 9, Who: "Midwives, obstetricians and neonatal teams; parents can self-refer"),

        new("Eastmere and District Hospital NHS Trust", "Eastmere paediatric palliative care clinic", "specialist-consultant-advice",
            "A weekday clinic with a consultant paediatrician who has a special interest in palliative care, for children living in Eastmere.",
            OutOfHours: "No consultant palliative care advice is available out of hours in Eastmere: the on-call general paediatrician can be reached through the hospital switchboard.",
            Who: ProfessionalsOnly),
        new("Eastmere and District Hospital NHS Trust", "Children's symptom review clinic", "symptom-management",
            "Nurse-led reviews of pain, feeding, breathing and sleep for children with complex needs, with the consultant available for advice.",
            Hours: Hours.OfficeLunch),
        new("Eastmere and District Hospital NHS Trust", "Paediatric bereavement follow-up clinic", "bereavement-support",
            "A meeting with the consultant who cared for the child, some weeks after their death, to answer the family's questions. Closed while the post of bereavement co-ordinator is vacant.",
            Min: 0, Max: 18, Status: ServiceStatus.TemporarilyClosed),

        new("Westvale General Hospital NHS Trust", "Westvale paediatric palliative care consultant advice", "specialist-consultant-advice",
            "Consultant paediatrician with palliative care training, advising local teams and seeing children in clinic and on the ward.",
            Who: ProfessionalsOnly),
        new("Westvale General Hospital NHS Trust", "Westvale children's ward palliative care", "symptom-management",
            "Care on the children's ward for children who need symptom control or who are near the end of life, with open visiting for the family.",
            Hours: Hours.TwentyFourSeven),
        new("Westvale General Hospital NHS Trust", "Transition nurse specialist", "transition-to-adult-services",
            "A nurse who works with young people from 14 and their families to plan the move to adult services, and stays in touch until the young person is settled.",
            Min: 14, Max: 25),

        new("Southford Royal Hospital NHS Trust", "Southford paediatric palliative care clinic", "specialist-consultant-advice",
            "A monthly consultant clinic for children in Southford with palliative care needs, with telephone advice for local professionals in working hours.",
            Verified: 7, Who: ProfessionalsOnly),
        new("Southford Royal Hospital NHS Trust", "Southford neonatal comfort care", "perinatal-palliative-care",
            "Care planned with parents for babies born with a life-limiting condition: comfort, time together, memory making, and transfer home or to a hospice where wished.",
            Min: 0, Max: 0, Hours: Hours.TwentyFourSeven),
        new("Southford Royal Hospital NHS Trust", "Children's clinical psychology", "psychological-support",
            "Psychological assessment and therapy for children and young people with long-term and life-limiting conditions.",
            Min: 4, Max: 18),

        new("Highcross University Hospitals NHS Trust", "Highcross paediatric palliative medicine clinic", "specialist-consultant-advice",
            "Consultant clinic for children with palliative care needs in Highcross, held jointly with Heron House Hospice once a month.",
            Who: ProfessionalsOnly, Extra: new Place("Heron House Hospice for Children", "Heron Lane", "Highcross", "HC7 3HH")),
        new("Highcross University Hospitals NHS Trust", "Highcross children's ward palliative beds", "symptom-management",
            "Symptom control and end-of-life care on the children's ward, with a family room.",
            Hours: Hours.TwentyFourSeven),
        new("Highcross University Hospitals NHS Trust", "Highcross transition clinic", "transition-to-adult-services",
            "A clinic shared with adult physicians for young people aged 16 to 25.",
            Min: 16, Max: 25),

        new("Lowmoor Community Hospital NHS Trust", "Lowmoor children's outpatient palliative clinic", "specialist-consultant-advice",
            "A consultant from Highcross holds a clinic in Lowmoor every other month, so that families need not travel.",
            Verified: 11, Who: ProfessionalsOnly),
        new("Lowmoor Community Hospital NHS Trust", "Lowmoor children's day unit", "symptom-management short-breaks",
            "Day care for children with complex needs, including blood tests, infusions and symptom reviews, close to home.",
            Hours: Hours.Office),

        new("Riverlands Neonatal Unit", "Neonatal palliative and end-of-life care", "perinatal-palliative-care symptom-management",
            "Palliative care for babies on the neonatal unit, with a family room, and planning with parents for care at home or in a hospice.",
            Min: 0, Max: 1, Hours: Hours.TwentyFourSeven),
        new("Riverlands Neonatal Unit", "Antenatal palliative care planning clinic", "perinatal-palliative-care",
            "A clinic where parents expecting a baby with a life-limiting condition meet a neonatologist and a palliative care nurse to plan care for birth and afterwards.",
            Min: 0, Max: 0, Hours: Hours.OfficeLunch, Who: "Midwives, obstetricians and fetal medicine specialists"),

        new("Northbrook Community Children's Nursing Team", "Northbrook community children's nursing", "community-childrens-nursing",
            "Children's nurses caring for children at home and at school: symptom management, enteral feeding, wound care, training parents and carers.",
            Hours: Hours.Extended),
        new("Northbrook Community Children's Nursing Team", "Northbrook children's end-of-life care at home", "end-of-life-care-at-home",
            "A nurse available day and night for a child who is dying at home, with the regional consultants on call for advice.",
            Hours: Hours.TwentyFourSeven, Who: "Professionals caring for the child"),
        new("Northbrook Community Children's Nursing Team", "Home enteral feeding support", "equipment",
            "Feeding pumps, supplies and training for children fed through a tube, with regular reviews at home.",
            Hours: Hours.Office),

        new("Eastmere Community Children's Nursing Service", "Eastmere community children's nursing", "community-childrens-nursing",
            "Community children's nurses visiting children at home, including those with palliative care needs, seven days a week.",
            Hours: Hours.WeekdayExtended),
        new("Eastmere Community Children's Nursing Service", "Eastmere end-of-life care at home", "end-of-life-care-at-home",
            "Round-the-clock nursing for a child dying at home, shared with Little Lanterns Hospice at Home.",
            Hours: Hours.TwentyFourSeven),
        new("Eastmere Community Children's Nursing Service", "Children's continence and equipment service", "equipment",
            "Assessment for continence products and small equipment for the home.",
            Min: 4, Verified: 10),

        new("Westvale Children's Community Nursing", "Westvale community children's nursing", "community-childrens-nursing symptom-management",
            "Community children's nurses with an overnight on-call nurse, caring for children with complex and palliative care needs at home.",
            Hours: Hours.TwentyFourSeven),
        new("Westvale Children's Community Nursing", "Westvale end-of-life care at home", "end-of-life-care-at-home",
            "Nursing care at home for a child at the end of life, day and night, with Willow Bank Children's Hospice.",
            Hours: Hours.TwentyFourSeven),
        new("Westvale Children's Community Nursing", "Symptom management at home", "symptom-management",
            "Nurses who set up and review syringe drivers and symptom plans at home, working with the regional consultants.",
            Hours: Hours.Extended),

        new("Southford and Lowmoor Children's Community Team", "Southford community children's nursing", "community-childrens-nursing",
            "Community children's nurses for Southford, visiting children at home and in school.",
            Areas: "Southford"),
        new("Southford and Lowmoor Children's Community Team", "Lowmoor community children's nursing", "community-childrens-nursing",
            "A small team of community children's nurses based in Lowmoor, visiting on weekdays.",
            Areas: "Lowmoor", Verified: 8),
        new("Southford and Lowmoor Children's Community Team", "End-of-life care at home (Southford and Lowmoor)", "end-of-life-care-at-home",
            "Nurses visit a child who is dying at home from 8am to 8pm every day.",
            Hours: Hours.Extended,
            OutOfHours: "There is no community nurse overnight: families call the children's ward at Southford Royal Hospital, which gives telephone advice only."),

        new("Highcross Community Health Services", "Highcross community children's nursing", "community-childrens-nursing",
            "Community children's nurses for Highcross, in working hours on weekdays.",
            Verified: 13, OutOfHours: "No community children's nursing out of hours: families are advised to call NHS 111 or the Heron House advice line."),
        new("Highcross Community Health Services", "Highcross children's complex care team", "community-childrens-nursing equipment",
            "Nurses and support workers for children with complex health needs, including continuing care packages at home.",
            Hours: Hours.OfficeLunch),

        new("Northbrook GP Federation", "GP out-of-hours palliative care for children", "symptom-management",
            "Out-of-hours GPs who hold the child's advance care plan and symptom plan and can visit at home in the evenings, overnight and at weekends.",
            Hours: Hours.GpOutOfHours, Areas: "Northbrook", Who: "Families with a child on the palliative care register; professionals"),
        new("Northbrook GP Federation", "Anticipatory medicines for children", "symptom-management",
            "GP practices prescribe and keep a supply of 'just in case' medicines at home for children at the end of life, following the regional guideline.",
            Verified: 7, Who: ProfessionalsOnly),
    ];
}
