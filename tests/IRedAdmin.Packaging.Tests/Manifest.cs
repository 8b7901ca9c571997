using System.Text.RegularExpressions;

namespace IRedAdmin.Packaging.Tests;

/// <summary>Reads the version the way the build does, to check that everything downstream agrees with it.</summary>
public static class Manifest
{
    public static string Version(string psd1Text)
    {
        var m = Regex.Match(psd1Text, @"ModuleVersion\s*=\s*'([0-9.]+)'");
        Assert.True(m.Success, "IRedAdmin.psd1 has no ModuleVersion");
        return m.Groups[1].Value;
    }
}
