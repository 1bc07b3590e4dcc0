namespace McnHub.Features.Evaluation;

public static class ReturnStatusText
{
    public static string Describe(ReturnStatus status) => status switch
    {
        ReturnStatus.Draft => "Draft",
        ReturnStatus.Submitted => "Submitted, awaiting approval",
        ReturnStatus.Approved => "Approved (locked)",
        _ => "Reopened",
    };

    public static string Tag(ReturnStatus? status) => status switch
    {
        null => "nhsuk-tag--grey",
        ReturnStatus.Draft or ReturnStatus.Reopened => "nhsuk-tag--yellow",
        ReturnStatus.Submitted => "nhsuk-tag--blue",
        _ => "nhsuk-tag--green",
    };
}
