using System.Management.Automation;

namespace IRedAdmin.Bench;

/// <summary>
/// The desired state a sync is given, as Import-Csv would give it (PSObjects of text cells), made lazily so that the
/// rows themselves never pile up in memory: users 1..n of a seeded domain, of which 1% differ.
/// </summary>
public static class SyncRows
{
    /// <summary>
    /// Rows for user000001..n (names and quotas as EmulatorState.SeedUsers made them) where one user in 125 gets a new
    /// quota, the last n/1000 seeded users are left out (absent) and n/1000 new users are added: 1% of n change.
    /// </summary>
    public static IEnumerable<PSObject> Desired(string domain, int n)
    {
        for (var i = 1; i <= n - Absent(n); i++)
            yield return Row($"user{i:D6}@{domain}", $"User {i}", IsUpdated(i) ? "2048" : "1024", null);
        for (var i = 1; i <= Created(n); i++)
            yield return Row($"new{i:D6}@{domain}", $"New {i}", "512", Workload.UserPassword);
    }

    public static bool IsUpdated(int i) => (i - 1) % 125 == 0;
    public static int Absent(int n) => n / 1000;
    public static int Created(int n) => n / 1000;
    public static int Updated(int n) => (n - Absent(n) + 124) / 125;

    /// <summary>How many accounts <see cref="Desired"/> changes: the updates, the creates and the absent ones (disabled).</summary>
    public static int Changes(int n) => Updated(n) + Created(n) + Absent(n);

    private static PSObject Row(string mail, string name, string quota, string? password)
    {
        var row = new PSObject();
        row.Properties.Add(new PSNoteProperty("Mail", mail));
        row.Properties.Add(new PSNoteProperty("Name", name));
        row.Properties.Add(new PSNoteProperty("QuotaMB", quota));
        row.Properties.Add(new PSNoteProperty("Department", "Bench"));
        if (password != null) row.Properties.Add(new PSNoteProperty("Password", password));
        return row;
    }
}
