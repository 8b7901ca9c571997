using System.Text.RegularExpressions;
using IRedAdmin.PowerShell.Tests.Infrastructure;
using Xunit;

namespace IRedAdmin.PowerShell.Tests;

/// <summary>
/// Every method+path pair of the seed API document is reached by a cmdlet: each row of api-coverage.json runs
/// against a fresh emulator and the emulator's request log must show that pair. A pair whose cmdlet is not in
/// the module yet fails with a message saying so.
/// </summary>
public sealed class ApiCoverageTests
{
    private const string Pw = "Str0ng-Passw0rd!";
    private const string SeedDocument = "/work/shared/spec/iredadmin-pro-restful-api.md";

    public static TheoryData<string> Pairs()
    {
        var data = new TheoryData<string>();
        foreach (var row in ApiCoverageTable.Rows) data.Add(row.Key);
        return data;
    }

    [Fact]
    public void The_table_lists_the_56_pairs_of_the_seed_document_once_each()
    {
        var keys = ApiCoverageTable.Rows.Select(r => r.Key).ToList();
        Assert.Equal(56, keys.Count);
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.All(ApiCoverageTable.Rows, r => Assert.Contains(r.Method, new[] { "GET", "POST", "PUT", "DELETE" }));
        Assert.All(ApiCoverageTable.Rows, r => Assert.NotEmpty(r.Cmdlets()));

        // Where the seed document is at hand, the table must match it pair for pair.
        if (!File.Exists(SeedDocument)) return;
        var documented = Regex.Matches(File.ReadAllText(SeedDocument), @"!!! api ""`(?<m>[A-Z]+)`\{[^}]*\} `(?<p>/api/[^`]+)`")
            .Select(m => m.Groups["m"].Value + " " + m.Groups["p"].Value).ToHashSet();
        Assert.Equal(documented.OrderBy(k => k), keys.OrderBy(k => k));
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public async Task Pair_is_reached_by_its_cmdlet(string pair)
    {
        var row = ApiCoverageTable.Find(pair);
        await using var s = await EmulatorSession.StartAsync(o => o.Backend = row.Backend);
        s.Shell.Set("pw", PowerShellSession.Secure(Pw));
        s.Shell.Set("uri", s.Server.BaseUri);
        s.Shell.Set("cred", new System.Management.Automation.PSCredential(s.Server.Options.AdminEmail, PowerShellSession.Secure(s.Server.Options.AdminPassword)));

        var exported = s.Run("Get-Command -Module IRedAdmin | ForEach-Object Name").Ok().Output.Select(o => o.ToString()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = row.Cmdlets().Where(c => !exported.Contains(c)).ToList();
        if (missing.Count > 0)
            Assert.Fail($"NOT YET REACHABLE: {pair} needs {string.Join(", ", missing)}, which the module does not export yet.");

        if (row.Setup.Length > 0)
        {
            var setup = s.Run(row.Setup);
            Assert.True(setup.Terminating == null && setup.Errors.Count == 0,
                $"Setup for {pair} failed: {string.Join(" | ", setup.AllErrors.Select(e => e.FullyQualifiedErrorId + ": " + e))}");
        }
        s.Server.Requests.Clear();

        var result = s.Run(row.Invoke);
        var log = s.Server.Requests.Snapshot();
        var pattern = row.PathPattern();
        var hits = log.Where(q => q.Method == row.Method && pattern.IsMatch(q.Path)).ToList();
        Assert.True(hits.Count > 0,
            $"'{row.Invoke}' did not request {pair}. Requests: [{string.Join(", ", log.Select(q => q.Method + " " + q.Path + " " + q.Status))}]. " +
            $"Errors: [{string.Join(" | ", result.AllErrors.Select(e => e.FullyQualifiedErrorId + ": " + e))}]");
        // A 404/405 would mean the path or method is not one the server knows.
        Assert.All(hits, q => Assert.DoesNotContain(q.Status, new[] { 404, 405 }));
    }
}
