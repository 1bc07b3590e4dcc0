using McnHub.Bench.Load;

namespace McnHub.Tests.Bench;

/// <summary>The load runner's arithmetic: reading wrk's result line, the hits of a search, and the targets.</summary>
public sealed class LoadRunnerTests
{
    private static readonly BenchEndpoint Search = new("search", "/services?Q=x", EndpointKind.Search);
    private static readonly BenchEndpoint Read = new("read", "/fhir/r4/Organization/", EndpointKind.Read, (1, 10));

    [Fact]
    public void The_line_the_wrk_script_prints_is_read_in_milliseconds_and_requests_per_second()
    {
        var result = Wrk.Parse("Running 20s test\nMCNHUB-RESULT requests=40000 duration_us=20000000 p50_us=1500 p90_us=4000 p99_us=12500 max_us=80000 connect=0 read=2 write=0 timeout=1 status=3\n");

        Assert.Equal(2_000, result.RequestsPerSecond);
        Assert.Equal(1.5, result.P50);
        Assert.Equal(12.5, result.P99);
        Assert.Equal(6, result.Errors);
    }

    [Fact]
    public void Output_without_the_result_line_is_an_error_that_shows_the_output()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Wrk.Parse("unable to connect to 127.0.0.1:1 Connection refused"));

        Assert.Contains("Connection refused", error.Message);
    }

    [Fact]
    public void A_read_by_id_draws_random_ids_in_the_script_and_is_checked_with_the_first_id()
    {
        Assert.Contains("math.random(first, last)", Wrk.Script(Read));
        Assert.Contains("local first, last = 1, 10", Wrk.Script(Read));
        Assert.Equal("/fhir/r4/Organization/1", Read.SamplePath);
        Assert.DoesNotContain("request = function", Wrk.Script(Search));
    }

    [Theory]
    [InlineData("{\"total_items\":1234,\"total_pages\":25}", 1234L)]
    [InlineData("{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":77}", 77L)]
    [InlineData("<h2 id=\"result-count\" data-total=\"5\">", 5L)]
    [InlineData("hello", null)]
    public void The_hits_of_a_search_are_read_from_whichever_answer_it_gives(string body, long? expected)
    {
        Assert.Equal(expected, LoadRunner.Hits(body));
    }

    [Theory]
    [InlineData(EndpointKind.Search, 2_600, 40.0, 0L, true)]
    [InlineData(EndpointKind.Search, 2_400, 40.0, 0L, false)]
    [InlineData(EndpointKind.Search, 5_000, 50.0, 0L, false)]
    [InlineData(EndpointKind.Search, 5_000, 10.0, 1L, false)]
    [InlineData(EndpointKind.Read, 5_000, 500.0, 0L, true)]
    [InlineData(EndpointKind.Read, 4_999, 1.0, 0L, false)]
    public void Targets_compare_with_the_ceiling_and_fail_on_any_error(EndpointKind kind, long requests, double p99, long errors, bool met)
    {
        var result = new LoadResult(requests, 1, 1, 1, p99, p99, 0, 0, 0, 0, errors);

        Assert.Equal(met, Targets.Met(kind, result, ceilingRequestsPerSecond: 10_000));
    }

    [Fact]
    public void The_report_gives_each_endpoint_its_share_of_the_ceiling_and_cpu_per_request_and_says_which_targets_were_missed()
    {
        var ceiling = new BenchEndpoint("hello", BenchEndpoint.HelloPath, EndpointKind.Ceiling);
        MeasuredEndpoint[] measured =
        [
            new(ceiling, new LoadResult(10_000, 1, 0.5, 1, 2, 3, 0, 0, 0, 0, 0), null, null),
            new(Search, new LoadResult(1_000, 1, 20, 30, 80, 90, 0, 0, 0, 0, 0), 42, null, TimeSpan.FromMilliseconds(500)),
        ];

        var rows = Report.Rows(measured);
        var text = Report.Text(measured, new ProcessMemory(300, 350));

        Assert.Equal("10.0 %", rows[1][7]);
        Assert.Equal("0.500", rows[1][8]);
        Assert.Equal("MISSED", rows[1][10]);
        Assert.Equal("42", rows[1][2]);
        Assert.Contains("peak resident set (VmHWM) 350 MB", text);
        Assert.Contains("target < 400 MB: met", text);
    }
}
