# What ships, as users install it: build.ps1 Package in real pwsh, the nupkg through Install-PSResource from a local
# folder repository, the Azure Automation zip expanded onto PSModulePath, dependency isolation, and the refusal to load
# on PowerShell 7.0-7.3.

BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    $repo = Get-TestRepoRoot
    $version = (Import-PowerShellDataFile (Join-Path $repo 'IRedAdmin.psd1')).ModuleVersion
    $out = Join-Path $TestDrive 'out'
    $build = Invoke-TestPwsh -Script "& '$(Join-Path $repo 'build.ps1')' Package -OutputPath '$out'" -TimeoutSeconds 600
    $zip = Join-Path $out 'IRedAdmin.zip'
    $nupkg = Join-Path $out "IRedAdmin.$version.nupkg"

    # The zip as Azure Automation or a user unpacks it: a folder named after the module, on PSModulePath.
    $modules = Join-Path $TestDrive 'modules'
    if (Test-Path $zip) { Expand-Archive $zip -DestinationPath $modules }
    $moduleFolder = Join-Path $modules 'IRedAdmin'

    # The cmdlet classes compiled into the shipped dll, read in a child pwsh so this session never loads that copy.
    $probe = Invoke-TestPwsh -Script @"
`$a = [System.Reflection.Assembly]::LoadFrom('$(Join-Path $moduleFolder 'IRedAdmin.dll')')
`$a.GetTypes() | ForEach-Object { `$_.GetCustomAttributes([System.Management.Automation.CmdletAttribute], `$false) } |
    ForEach-Object { "`$(`$_.VerbName)-`$(`$_.NounName)" } | Sort-Object
"@
    $dllCmdlets = @($probe.Output)
}

Describe 'build.ps1 Package' {
    It 'writes the Azure Automation zip and the nupkg into the requested folder' {
        $build.ExitCode | Should -Be 0 -Because $build.Error
        $zip | Should -Exist
        $nupkg | Should -Exist
        Join-Path $out 'IRedAdmin' 'IRedAdmin.psd1' | Should -Exist
        ($build.Output -join "`n") | Should -Match 'IRedAdmin\.zip'
    }

    It 'refuses an unknown task before dotnet runs' {
        { & (Join-Path $repo 'build.ps1') Publish } | Should -Throw -ErrorId 'ParameterArgumentValidationError,*'
        try { & (Join-Path $repo 'build.ps1') Publish } catch { $_.Exception.Message | Should -Match 'Publish' }
    }
}

Describe 'The shipped manifest' {
    It 'lists in CmdletsToExport exactly the cmdlets the dll defines' {
        $dllCmdlets.Count | Should -BeGreaterThan 50
        $listed = (Test-ModuleManifest -Path (Join-Path $moduleFolder 'IRedAdmin.psd1') -ErrorAction Stop).ExportedCmdlets.Keys | Sort-Object
        $listed | Should -Be $dllCmdlets
    }
}

Describe 'The Azure Automation zip' {
    It 'imports by name from a folder on PSModulePath and exports exactly the dll''s cmdlets' {
        $r = Invoke-TestPwsh -Environment @{ PSModulePath = $modules + [System.IO.Path]::PathSeparator + $env:PSModulePath } -Script @'
$m = Import-Module IRedAdmin -PassThru -ErrorAction Stop
"VERSION=$($m.Version)"
"BASE=$($m.ModuleBase)"
Get-Command -Module IRedAdmin | ForEach-Object { "CMD=$($_.Name)" } | Sort-Object
'@
        $r.ExitCode | Should -Be 0 -Because $r.Error
        $r.Output | Should -Contain "VERSION=$version"
        $r.Output | Should -Contain "BASE=$moduleFolder"
        @($r.Output | Where-Object { $_ -like 'CMD=*' } | ForEach-Object { $_.Substring(4) }) | Should -Be $dllCmdlets
    }
}

Describe 'The nupkg' {
    It 'installs with Install-PSResource from a local folder repository and imports by name' {
        $feed = Join-Path $TestDrive 'feed'
        New-Item -ItemType Directory $feed | Out-Null
        Copy-Item $nupkg $feed
        # A private HOME: the user's module folder and PSResourceGet's repository list stay untouched.
        $home_ = Join-Path $TestDrive 'home'
        # .NET answers an empty folder path for a user folder that does not exist yet, so make them first.
        foreach ($d in '.local/share', '.config', '.cache') { New-Item -ItemType Directory (Join-Path $home_ $d) -Force | Out-Null }
        $r = Invoke-TestPwsh -Environment @{ HOME = $home_; XDG_DATA_HOME = $null; XDG_CONFIG_HOME = $null; XDG_CACHE_HOME = $null; PSModulePath = $null } -Script @"
Register-PSResourceRepository -Name LocalFeed -Uri '$feed' -Trusted -ErrorAction Stop
Install-PSResource -Name IRedAdmin -Repository LocalFeed -Scope CurrentUser -TrustRepository -ErrorAction Stop
`$installed = Get-InstalledPSResource -Name IRedAdmin -ErrorAction Stop
"INSTALLED=`$(`$installed.Version)"
`$m = Import-Module IRedAdmin -PassThru -ErrorAction Stop
"VERSION=`$(`$m.Version)"
"BASE=`$(`$m.ModuleBase)"
"COUNT=`$(@(Get-Command -Module IRedAdmin).Count)"
"@
        $r.ExitCode | Should -Be 0 -Because $r.Error
        $r.Output | Should -Contain "INSTALLED=$version"
        $r.Output | Should -Contain "VERSION=$version"
        ($r.Output | Where-Object { $_ -like 'BASE=*' }) | Should -BeLike "BASE=$home_*"
        $r.Output | Should -Contain "COUNT=$($dllCmdlets.Count)"
    }
}

Describe 'Dependency isolation on PowerShell 7.4+' {
    BeforeAll { $emulator = Start-TestEmulator -NoDefault }
    AfterAll { Stop-TestEmulator $emulator }

    It 'works beside the runtime''s newer System.Text.Json and never loads its own copy' {
        $r = Invoke-TestPwsh -Script @"
# pwsh itself already uses the runtime's System.Text.Json (10.x); use an API 8.0 lacks to be sure it is loaded first.
`$json = [System.Text.Json.JsonSerializer]::Serialize(@{ probe = 1 }, [System.Text.Json.JsonSerializerOptions]::Web)
`$runtime = [System.Text.Json.JsonSerializer].Assembly
Import-Module '$(Join-Path $moduleFolder 'IRedAdmin.psd1')' -ErrorAction Stop
`$cred = [pscredential]::new('$($emulator.AdminEmail)', (ConvertTo-SecureString '$($emulator.AdminPassword)' -AsPlainText -Force))
Connect-IRedAdmin -Uri '$($emulator.BaseUri)' -Credential `$cred -ErrorAction Stop
New-IRedDomain isolation.example.com -Description Isolated -ErrorAction Stop
"DOMAIN=`$((Get-IRedDomain isolation.example.com -ErrorAction Stop).Domain)"
`$loaded = @([AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { `$_.GetName().Name -eq 'System.Text.Json' })
"JSON_COPIES=`$(`$loaded.Count)"
"SAME_AS_RUNTIME=`$([object]::ReferenceEquals(`$loaded[0], `$runtime))"
"RUNTIME_MAJOR=`$(`$runtime.GetName().Version.Major)"
`$deps = [System.IO.Path]::GetFullPath('$(Join-Path $moduleFolder 'dependencies')')
"FROM_DEPENDENCIES=`$(@([AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { -not `$_.IsDynamic -and `$_.Location.StartsWith(`$deps) }).Count)"
"@
        $r.ExitCode | Should -Be 0 -Because $r.Error
        $r.Output | Should -Contain 'DOMAIN=isolation.example.com'
        $r.Output | Should -Contain 'JSON_COPIES=1'
        $r.Output | Should -Contain 'SAME_AS_RUNTIME=True'
        [int](($r.Output | Where-Object { $_ -like 'RUNTIME_MAJOR=*' }) -replace '\D') | Should -BeGreaterThan 8
        $r.Output | Should -Contain 'FROM_DEPENDENCIES=0'
        Test-EmulatorAccount -Kind Domain isolation.example.com -Emulator $emulator | Should -BeTrue
    }

    It 'registers no assembly resolver on PowerShell 7' {
        $r = Invoke-TestPwsh -Script @"
`$field = [System.Runtime.Loader.AssemblyLoadContext].GetField('AssemblyResolve', [System.Reflection.BindingFlags]'NonPublic,Static')
function Get-Handlers { `$d = `$field.GetValue(`$null); if (`$d) { @(`$d.GetInvocationList()) } else { @() } }
`$before = @(Get-Handlers).Count
Import-Module '$(Join-Path $moduleFolder 'IRedAdmin.psd1')' -ErrorAction Stop
`$module = (Get-Module IRedAdmin).ImplementingAssembly
"ADDED=`$(@(Get-Handlers).Count - `$before)"
"OURS=`$(@(Get-Handlers | Where-Object { `$_.Method.DeclaringType.Assembly -eq `$module }).Count)"
"@
        $r.ExitCode | Should -Be 0 -Because $r.Error
        $r.Output | Should -Be @('ADDED=0', 'OURS=0')
    }
}

Describe 'Decisions made for other PowerShells' {
    BeforeAll {
        # Cases evaluated on the shipped assembly's own code, all in one child pwsh (one start-up instead of 16).
        $deps = Join-Path $moduleFolder 'dependencies'
        $resolverCases = @(
            @{ Requested = 'System.Text.Json, Version=8.0.0.0, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51'; Answers = 'System.Text.Json.dll' }
            @{ Requested = 'System.Text.Json, Version=4.0.1.0, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51'; Answers = 'System.Text.Json.dll' }
            @{ Requested = 'System.Text.Json'; Answers = 'System.Text.Json.dll' }
            @{ Requested = 'system.memory, Version=4.0.1.2'; Answers = 'System.Memory.dll' }
            @{ Requested = 'System.Text.Json, Version=9.0.0.0, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51'; Answers = $null }
            @{ Requested = 'Newtonsoft.Json, Version=13.0.0.0'; Answers = $null }
            @{ Requested = 'IRedAdmin.Client, Version=0.1.0.0'; Answers = $null }
            @{ Requested = ''; Answers = $null }
            @{ Requested = 'not a valid, , name=='; Answers = $null }
        )
        $runtimeCases = @(
            @{ Name = 'PowerShell 7.0 (.NET Core 3.1)'; Framework = $false; Runtime = '3.1.32'; PowerShell = '7.0.13'; Refused = $true }
            @{ Name = 'PowerShell 7.1 (.NET 5)'; Framework = $false; Runtime = '5.0.17'; PowerShell = '7.1.7'; Refused = $true }
            @{ Name = 'PowerShell 7.2 (.NET 6)'; Framework = $false; Runtime = '6.0.36'; PowerShell = '7.2.24'; Refused = $true }
            @{ Name = 'PowerShell 7.3 (.NET 7)'; Framework = $false; Runtime = '7.0.20'; PowerShell = '7.3.12'; Refused = $true }
            @{ Name = 'PowerShell 7.4 (.NET 8)'; Framework = $false; Runtime = '8.0.11'; PowerShell = '7.4.6'; Refused = $false }
            @{ Name = 'PowerShell 7.6 (.NET 10)'; Framework = $false; Runtime = '10.0.0'; PowerShell = '7.6.9'; Refused = $false }
            @{ Name = 'Windows PowerShell 5.1 (.NET Framework)'; Framework = $true; Runtime = '4.0.30319'; PowerShell = '5.1.19041'; Refused = $false }
        )
        $script = @"
Import-Module '$(Join-Path $moduleFolder 'IRedAdmin.psd1')' -ErrorAction Stop
`$asm = (Get-Module IRedAdmin).ImplementingAssembly
`$flags = [System.Reflection.BindingFlags]'Public,NonPublic,Static,Instance'
`$type = `$asm.GetType('IRedAdmin.DependencyFolder', `$true)
`$folder = [Activator]::CreateInstance(`$type, `$flags, `$null, @('$deps'), `$null)
`$refusal = `$asm.GetType('IRedAdmin.RuntimeSupport', `$true).GetMethod('Refusal', `$flags)

"@
        for ($i = 0; $i -lt $resolverCases.Count; $i++) {
            $script += "`"R$i=`$(`$type.GetMethod('PathFor').Invoke(`$folder, @('$($resolverCases[$i].Requested)')))`"`n"
        }
        for ($i = 0; $i -lt $runtimeCases.Count; $i++) {
            $c = $runtimeCases[$i]
            $script += "`"V$i=`$(`$refusal.Invoke(`$null, @(`$$($c.Framework), [version]'$($c.Runtime)', [version]'$($c.PowerShell)')))`"`n"
        }
        $decisions = Invoke-TestPwsh -Script $script
        $decided = @{}
        foreach ($line in $decisions.Output) { $k, $v = $line -split '=', 2; $decided[$k] = $v }
        $resolverCases = for ($i = 0; $i -lt $resolverCases.Count; $i++) { $resolverCases[$i] + @{ Key = "R$i" } }
        $runtimeCases = for ($i = 0; $i -lt $runtimeCases.Count; $i++) { $runtimeCases[$i] + @{ Key = "V$i" } }
    }

    It 'ran on the shipped assembly' {
        $decisions.ExitCode | Should -Be 0 -Because $decisions.Error
        $decided.Count | Should -Be 16
    }

    It 'the Windows PowerShell resolver answers <Requested> only when shipped and not newer (<Answers>)' -ForEach @(
        @{ Index = 0; Requested = 'System.Text.Json 8.0.0.0'; Answers = 'System.Text.Json.dll' }
        @{ Index = 1; Requested = 'System.Text.Json 4.0.1.0'; Answers = 'System.Text.Json.dll' }
        @{ Index = 2; Requested = 'System.Text.Json (no version)'; Answers = 'System.Text.Json.dll' }
        @{ Index = 3; Requested = 'system.memory 4.0.1.2 (any case)'; Answers = 'System.Memory.dll' }
        @{ Index = 4; Requested = 'System.Text.Json 9.0.0.0 (newer than ours)'; Answers = $null }
        @{ Index = 5; Requested = 'Newtonsoft.Json (not shipped)'; Answers = $null }
        @{ Index = 6; Requested = 'IRedAdmin.Client (ours, not a dependency)'; Answers = $null }
        @{ Index = 7; Requested = '(empty)'; Answers = $null }
        @{ Index = 8; Requested = 'a malformed name'; Answers = $null }
    ) {
        $expected = if ($Answers) { Join-Path $deps $Answers } else { '' }
        $decided["R$Index"] | Should -Be $expected
    }

    It 'load decision for <Name>' -ForEach @(
        @{ Index = 0; Name = 'PowerShell 7.0 (.NET Core 3.1): refused'; PowerShell = '7.0.13'; Refused = $true }
        @{ Index = 1; Name = 'PowerShell 7.1 (.NET 5): refused'; PowerShell = '7.1.7'; Refused = $true }
        @{ Index = 2; Name = 'PowerShell 7.2 (.NET 6): refused'; PowerShell = '7.2.24'; Refused = $true }
        @{ Index = 3; Name = 'PowerShell 7.3 (.NET 7): refused'; PowerShell = '7.3.12'; Refused = $true }
        @{ Index = 4; Name = 'PowerShell 7.4 (.NET 8): loads'; PowerShell = '7.4.6'; Refused = $false }
        @{ Index = 5; Name = 'PowerShell 7.6 (.NET 10): loads'; PowerShell = '7.6.9'; Refused = $false }
        @{ Index = 6; Name = 'Windows PowerShell 5.1 (.NET Framework): loads'; PowerShell = '5.1.19041'; Refused = $false }
    ) {
        $message = $decided["V$Index"]
        if ($Refused) {
            $message | Should -Match 'needs PowerShell 7\.4 or later'
            $message | Should -Match ([regex]::Escape("PowerShell $PowerShell"))
            $message | Should -Match 'Windows PowerShell 5\.1'
        }
        else { $message | Should -BeNullOrEmpty }
    }
}
