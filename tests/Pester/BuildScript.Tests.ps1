# README's two commands and the build.ps1 tasks behind them, as a new user runs them.

BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    $repo = Get-TestRepoRoot
    $readme = Get-Content (Join-Path $repo 'README.md')

    # The one-line command in the first sh code block after a line starting with $Label.
    function Get-ReadmeCommand([string] $Label) {
        $start = ($readme | Select-String -Pattern "^$Label" | Select-Object -First 1).LineNumber
        $fence = ($readme | Select-Object -Skip $start | Select-String -Pattern '^```sh' | Select-Object -First 1).LineNumber + $start
        $readme[$fence]
    }
}

Describe 'README' {
    It 'gives each set-up command as one line starting with dotnet tool restore' -ForEach @(
        @{ Label = 'Try it'; Task = 'Demo' }
        @{ Label = 'Test'; Task = 'Test' }
    ) {
        $command = Get-ReadmeCommand $Label
        $command | Should -Match '^dotnet tool restore && dotnet pwsh '
        $command | Should -Match "build\.ps1 $Task$"
    }

    It 'is what CI runs, verbatim' {
        $ci = Get-Content (Join-Path $repo '.ci' 'run')
        $ci | Should -Contain (Get-ReadmeCommand 'Test')
    }

    It 'pins PowerShell 7.6.9 in the local tool manifest' {
        $manifest = Get-Content (Join-Path $repo '.config' 'dotnet-tools.json') -Raw | ConvertFrom-Json
        $manifest.tools.powershell.version | Should -Be '7.6.9'
        $manifest.tools.powershell.commands | Should -Be @('pwsh')
        $PSVersionTable.PSVersion.ToString() | Should -Be '7.6.9'
    }
}

Describe 'build.ps1 Test' {
    It 'ends with the "N passed, M failed" line and exits non-zero on a failure' {
        $tiny = Join-Path $TestDrive 'Tiny.Tests.ps1'
        Set-Content $tiny @'
Describe 'tiny' {
    It 'passes once' { 1 | Should -Be 1 }
    It 'passes twice' { 'a' | Should -Be 'a' }
    It 'fails' { 1 | Should -Be 2 }
}
'@
        $r = Invoke-TestPwsh -TimeoutSeconds 600 -Script "& '$(Join-Path $repo 'build.ps1')' Test -PesterPath '$tiny' -ApiRelease Current -OutputPath '$(Join-Path $TestDrive 'out')'; exit `$LASTEXITCODE"
        $r.Output[-1] | Should -BeExactly '2 passed, 1 failed'
        $r.ExitCode | Should -Not -Be 0
        Join-Path $TestDrive 'out' 'test-results' 'pester-results-current.xml' | Should -Exist
    }
}

Describe 'build.ps1 Demo' {
    It 'leaves a connected session with a domain to try, prints three commands, and its emulator ends with the shell' {
        $r = Invoke-TestPwsh -TimeoutSeconds 600 -Script @"
& '$(Join-Path $repo 'build.ps1')' Demo 6>&1 | ForEach-Object { "HOST: `$_" }
`$c = Get-IRedConnection
"CONNECTED=`$(`$null -ne `$c)"
"DOMAIN=`$((Get-IRedDomain example.org).Domain)"
"EMULATOR=`$(`$global:IRedAdminDemoEmulator.ProcessId)"
"@
        $r.ExitCode | Should -Be 0 -Because $r.Error
        $r.Output | Should -Contain 'CONNECTED=True'
        $r.Output | Should -Contain 'DOMAIN=example.org'
        $tries = @($r.Output | Where-Object { $_ -match '^HOST:\s+\S+.*IRed' })
        $tries.Count | Should -BeGreaterOrEqual 3
        $emulatorId = [int](($r.Output | Where-Object { $_ -like 'EMULATOR=*' }) -replace '\D')
        $emulatorId | Should -BeGreaterThan 0
        # --exit-with: the emulator polls for its parent twice a second.
        $deadline = [DateTime]::UtcNow.AddSeconds(10)
        while ((Get-Process -Id $emulatorId -ErrorAction SilentlyContinue) -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 200 }
        Get-Process -Id $emulatorId -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }
}
