using System.Reflection;
using System.Text.Json;
using IRedAdmin.Emulator;
using IRedAdmin.PowerShell.Tests.Infrastructure;

namespace IRedAdmin.Packaging.Tests;

/// <summary>
/// Dependency isolation as PowerShell 7.4+ sees it: the runtime's System.Text.Json is the one used, even when another
/// library already loaded and used it first; the module's own copy in dependencies/ stays unloaded.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class IsolationTests(PackageFixture package)
{
    private static Assembly[] Loaded(string name) =>
        AppDomain.CurrentDomain.GetAssemblies().Where(a => a.GetName().Name == name).ToArray();

    [Fact]
    public async Task The_module_works_after_another_library_loaded_a_newer_System_Text_Json()
    {
        // The emulator (ASP.NET Core) and this test are built against the runtime's System.Text.Json (10.x), not the
        // module's 8.0.x; use it first, with an API 8.0 lacks, so a newer copy is certainly loaded before the module.
        var json = JsonSerializer.Serialize(new { probe = 1 }, JsonSerializerOptions.Web);
        Assert.Equal("{\"probe\":1}", json);
        var runtimeJson = typeof(JsonSerializer).Assembly;
        Assert.True(runtimeJson.GetName().Version!.Major > 8);

        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());
        using var shell = new PowerShellSession(importModule: false);
        shell.Set("__psd1", package.ModuleManifest);
        shell.Run("Import-Module $__psd1 -ErrorAction Stop").Ok();
        shell.Connect(server.BaseUri, server.Options.AdminEmail, server.Options.AdminPassword).Ok();
        shell.Run("New-IRedDomain isolation.example.com -Description 'Isolated'").Ok();
        Assert.True(server.State.DomainExists("isolation.example.com"));
        var got = shell.Run("Get-IRedDomain isolation.example.com").Ok();
        Assert.Equal("isolation.example.com", Assert.Single(got.Output).Properties["Domain"].Value);

        // One System.Text.Json in the process: the runtime's, not the module's dependencies/ copy.
        var loaded = Assert.Single(Loaded("System.Text.Json"));
        Assert.Same(runtimeJson, loaded);
        var dependencies = Path.GetFullPath(Path.Combine(package.ModuleFolder, "dependencies"));
        Assert.DoesNotContain(AppDomain.CurrentDomain.GetAssemblies(),
            a => !a.IsDynamic && a.Location.StartsWith(dependencies, StringComparison.Ordinal));
    }

    [Fact]
    public void On_PowerShell_7_the_initializer_registers_no_resolver()
    {
        using var shell = new PowerShellSession(importModule: false);
        shell.Set("__psd1", package.ModuleManifest);
        shell.Run("Import-Module $__psd1 -ErrorAction Stop").Ok();
        // Microsoft.Bcl.AsyncInterfaces is in dependencies/ but not in the runtime: a resolver would hand it out.
        Assert.Throws<FileNotFoundException>(() => Assembly.Load(new AssemblyName("Microsoft.Bcl.AsyncInterfaces, Version=8.0.0.0")));
        Assert.Empty(Loaded("Microsoft.Bcl.AsyncInterfaces"));
    }

    /// <summary>The Windows PowerShell handler's decision, exercised on the shipped assembly's own code.</summary>
    [Theory]
    [InlineData("System.Text.Json, Version=8.0.0.0, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51", true)]
    [InlineData("System.Text.Json, Version=4.0.1.0, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51", true)]
    [InlineData("System.Text.Json", true)]
    [InlineData("system.memory, Version=4.0.1.2", true)]
    [InlineData("System.Text.Json, Version=9.0.0.0, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51", false)]
    [InlineData("Newtonsoft.Json, Version=13.0.0.0", false)]
    [InlineData("IRedAdmin.Client, Version=0.1.0.0", false)]
    [InlineData("", false)]
    [InlineData("not a valid, , name==", false)]
    public void The_Windows_PowerShell_resolver_answers_only_for_shipped_names_at_or_below_our_version(string requested, bool answers)
    {
        using var shell = new PowerShellSession(importModule: false);
        shell.Set("__psd1", package.ModuleManifest);
        shell.Run("Import-Module $__psd1 -ErrorAction Stop").Ok();
        var module = AppDomain.CurrentDomain.GetAssemblies().Single(a => a.GetName().Name == "IRedAdmin");
        var type = module.GetType("IRedAdmin.DependencyFolder", throwOnError: true)!;
        var dependencies = Path.Combine(package.ModuleFolder, "dependencies");
        var folder = Activator.CreateInstance(type, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, null, new object[] { dependencies }, null);
        var path = (string?)type.GetMethod("PathFor")!.Invoke(folder, new object[] { requested });
        if (answers)
        {
            var simpleName = new AssemblyName(requested).Name!;
            Assert.Equal(Path.Combine(dependencies, simpleName.Equals("system.memory", StringComparison.OrdinalIgnoreCase) ? "System.Memory.dll" : simpleName + ".dll"), path);
        }
        else
        {
            Assert.Null(path);
        }
    }
}
