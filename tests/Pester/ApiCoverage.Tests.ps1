# Every method+path pair of the API document is reached by a cmdlet. Data/api-coverage.json holds one row per pair
# (method, path, backend, setup, invoke); each row runs on a freshly reset emulator and the emulator's request log must
# show that pair, answered by a route the server knows. A row whose cmdlet the module lacks fails saying so.
# More pairs = more rows: nothing here names a pair.

BeforeDiscovery {
    $table = Get-Content -Raw ([System.IO.Path]::Combine($PSScriptRoot, 'Data', 'api-coverage.json')) | ConvertFrom-Json -AsHashtable
    $rows = @(foreach ($p in $table.pairs) {
            @{ Key = "$($p.method) $($p.path)"; Method = $p.method; Path = $p.path; Backend = $p.backend; Setup = "$($p.setup)"; Invoke = $p.invoke }
        })
}

BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    Start-TestEmulator | Out-Null

    $script:TablePath = [System.IO.Path]::Combine($PSScriptRoot, 'Data', 'api-coverage.json')
    $script:ExpectedPairCount = 56
    # The seed document, where it is at hand (shared/ beside the checkout, or the workplace's copy).
    $script:SeedDocument = @(
        [System.IO.Path]::Combine((Get-TestRepoRoot), '..', 'shared', 'spec', 'iredadmin-pro-restful-api.md')
        '/work/shared/spec/iredadmin-pro-restful-api.md'
    ) | Where-Object { Test-Path $_ } | Select-Object -First 1

    # <domain> must look like a domain (so "global" or an address never counts), <mail> like an address.
    function ConvertTo-PathPattern([string] $Path) {
        $pattern = [regex]::Escape($Path).
            Replace('<domain>', '[^/@]+\.[^/@]+').
            Replace('<mail>', '[^/@]+@[^/@]+').
            Replace('<new_mail>', '[^/@]+@[^/@]+').
            Replace('<number>', '[0-9]+')
        [regex]::new("^$pattern$", [System.Text.RegularExpressions.RegexOptions]::CultureInvariant)
    }

    # Every IRedAdmin cmdlet a row's scripts call.
    function Get-RowCmdlet([string] $Setup, [string] $Invoke) {
        [regex]::Matches("$Setup;$Invoke", '\b[A-Z][a-z]+-IRed[A-Za-z]+\b') | ForEach-Object Value | Select-Object -Unique
    }
}
AfterAll { Stop-TestEmulator }

Describe 'The API coverage table' {
    It 'lists the pairs of the seed document once each, each with a method and cmdlets' {
        $pairs = (Get-Content -Raw $TablePath | ConvertFrom-Json -AsHashtable).pairs
        $keys = @($pairs | ForEach-Object { "$($_.method) $($_.path)" })
        $keys | Should -HaveCount $ExpectedPairCount
        @($keys | Select-Object -Unique) | Should -HaveCount $keys.Count
        foreach ($p in $pairs) {
            $p.method | Should -BeIn @('GET', 'POST', 'PUT', 'DELETE') -Because "$($p.method) $($p.path)"
            @(Get-RowCmdlet $p.setup $p.invoke) | Should -Not -BeNullOrEmpty -Because "$($p.method) $($p.path) needs a cmdlet call"
        }
        # Where the seed document is at hand, the table must match it pair for pair.
        if ($SeedDocument) {
            $documented = [regex]::Matches((Get-Content -Raw $SeedDocument), '!!! api "`(?<m>[A-Z]+)`\{[^}]*\} `(?<p>/api/[^`]+)`') |
                ForEach-Object { "$($_.Groups['m'].Value) $($_.Groups['p'].Value)" } | Sort-Object -Unique -CaseSensitive
            @($keys | Sort-Object -CaseSensitive) | Should -BeExactly @($documented)
        }
    }
}

Describe '<Key>' -ForEach $rows {
    BeforeEach {
        Reset-TestEmulator -Backend $Backend.ToLowerInvariant()
        Connect-TestEmulator
        # What setup and invoke may use.
        $pw = Get-TestPassword
        $uri = (Get-TestEmulator).BaseUri
        $cred = (Get-TestEmulator).Credential
    }

    It 'is reached by: <Invoke>' {
        $exported = @(Get-Command -Module IRedAdmin).Name
        $missing = @(Get-RowCmdlet $Setup $Invoke | Where-Object { $_ -notin $exported })
        if ($missing) { throw "NOT YET REACHABLE: $Key needs $($missing -join ', '), which the module does not export yet." }

        if ($Setup) {
            try {
                & {
                    $ErrorActionPreference = 'Stop'
                    & ([scriptblock]::Create($Setup)) | Out-Null
                }
            }
            catch { throw "Setup for $Key failed: $($_.FullyQualifiedErrorId): $_" }
        }
        Clear-EmulatorRequest

        $errors = @()
        try {
            $errors = @(& ([scriptblock]::Create($Invoke)) 2>&1 | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
        }
        catch { $errors += $_ }
        $log = @(Get-EmulatorRequest -IncludeLogin)

        $pattern = ConvertTo-PathPattern $Path
        $hits = @($log | Where-Object { $_.Method -eq $Method -and $pattern.IsMatch($_.Path) })
        $hits | Should -Not -BeNullOrEmpty -Because (
            "'$Invoke' must request $Key. Requests: [$(($log | ForEach-Object { "$($_.Method) $($_.Path) $($_.Status)" }) -join ', ')]. " +
            "Errors: [$(($errors | ForEach-Object { "$($_.FullyQualifiedErrorId): $_" }) -join ' | ')]")
        # A 404/405 would mean the path or method is not one the server knows.
        foreach ($hit in $hits) { $hit.Status | Should -Not -BeIn @(404, 405) -Because "$($hit.Method) $($hit.Path) must be a known route" }
    }
}
