namespace McnHub.Features.Evaluation;

public static class ElementText
{
    public static string Describe(DataElement e)
    {
        var type = e.ValueType switch
        {
            DataValueType.Integer => "a whole number",
            DataValueType.Number => "a number",
            DataValueType.Percentage => "a percentage",
            DataValueType.YesNo => "yes or no",
            _ => "text",
        };
        var zero = e.IsNumeric && e.ValueType != DataValueType.YesNo ? (e.ZeroIsSignificant ? "; enter 0 when there were none" : "; leave blank when there were none") : "";
        var aggregation = e.Aggregation switch
        {
            AggregationType.Sum => "added up over periods and organisations",
            AggregationType.Average => "averaged over periods",
            _ => "the latest period's value is used over a longer period",
        };
        return $"{char.ToUpperInvariant(type[0])}{type[1..]}{zero}; {aggregation}.";
    }
}
