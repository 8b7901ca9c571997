# Every method+path pair of current-api.md is reached by a cmdlet, with every parameter the document lists for it.
# Data/api-coverage.json holds one row per pair (method, path, backend, setup, invoke, and notSent: documented
# parameters no cmdlet sends, each with the reason). Each row runs on a freshly reset emulator (current release); the
# emulator's request log must show the pair, answered by a route the server knows, carrying every documented
# parameter of the pair (src/IRedAdmin.Emulator/Spec/current-api.pairs, written from current-api.md) and no
# undocumented one. A row whose cmdlet the module lacks fails saying so. More pairs = more rows: nothing here names a pair.

BeforeDiscovery {
    $table = Get-Content -Raw ([System.IO.Path]::Combine($PSScriptRoot, 'Data', 'api-coverage.json')) | ConvertFrom-Json -AsHashtable
    $rows = @(foreach ($p in $table.pairs) {
            @{
                Key = "$($p.method) $($p.path)"; Method = $p.method; Path = $p.path; Backend = $p.backend; Setup = "$($p.setup)"; Invoke = $p.invoke
                NotSent = if ($p.notSent) { $p.notSent } else { @{} }
            }
        })
}

BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    Start-TestEmulator | Out-Null

    $script:TablePath = [System.IO.Path]::Combine($PSScriptRoot, 'Data', 'api-coverage.json')
    $script:ExpectedPairCount = 129
    # The documented parameters of each pair, with exactly current-api.md's wire names (the emulator's table).
    $script:SpecPath = [System.IO.Path]::Combine((Get-TestRepoRoot), 'src', 'IRedAdmin.Emulator', 'Spec', 'current-api.pairs')
    # The current document, where it is at hand (shared/ beside the checkout, or the workplace's copy).
    $script:CurrentDocument = @(
        [System.IO.Path]::Combine((Get-TestRepoRoot), '..', 'shared', 'spec', 'current-api.md')
        '/work/shared/spec/current-api.md'
    ) | Where-Object { Test-Path $_ } | Select-Object -First 1

    # "<number> <METHOD> <path> [new] [: <parameter> ...]" per line; # starts a comment.
    function Read-SpecPair {
        foreach ($line in Get-Content $SpecPath) {
            if (-not $line -or $line.StartsWith('#')) { continue }
            $head, $tail = $line -split ' : ', 2
            $t = $head -split ' '
            [pscustomobject]@{ Key = "$($t[1]) $($t[2])"; Parameters = [string[]]@(if ($tail) { $tail -split ' ' | Where-Object { $_ } }) }
        }
    }
    $script:Documented = @{}
    foreach ($pair in Read-SpecPair) { $Documented[$pair.Key] = $pair.Parameters }
    # The older document's pairs (legacy-api.pairs).
    $script:LegacyKeys = @(Get-Content ([System.IO.Path]::Combine((Get-TestRepoRoot), 'src', 'IRedAdmin.Emulator', 'Spec', 'legacy-api.pairs')) |
            Where-Object { $_ -and -not $_.StartsWith('#') } | ForEach-Object { $t = ($_ -split ' : ', 2)[0] -split ' '; "$($t[1]) $($t[2])" })

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

Describe 'The API coverage table' -Tag CurrentOnly {
    It 'lists the 129 pairs of current-api.md once each, each with a method and cmdlets' {
        $pairs = (Get-Content -Raw $TablePath | ConvertFrom-Json -AsHashtable).pairs
        $keys = @($pairs | ForEach-Object { "$($_.method) $($_.path)" })
        $keys | Should -HaveCount $ExpectedPairCount
        @($keys | Select-Object -Unique) | Should -HaveCount $keys.Count
        foreach ($p in $pairs) {
            $p.method | Should -BeIn @('GET', 'POST', 'PUT', 'DELETE') -Because "$($p.method) $($p.path)"
            @(Get-RowCmdlet $p.setup $p.invoke) | Should -Not -BeNullOrEmpty -Because "$($p.method) $($p.path) needs a cmdlet call"
        }
        @($keys | Sort-Object -CaseSensitive) | Should -BeExactly @($Documented.Keys | Sort-Object -CaseSensitive) -Because 'the table and the parameter list name the same pairs'
        # Where the document is at hand, the table must match it pair for pair.
        if ($CurrentDocument) {
            $inDocument = [regex]::Matches((Get-Content -Raw $CurrentDocument), '(?m)^\| \d+ \| (?<m>GET|POST|PUT|DELETE) \| `(?<p>/api/[^`]+)`') |
                ForEach-Object { "$($_.Groups['m'].Value) $($_.Groups['p'].Value)" } | Sort-Object -Unique -CaseSensitive
            @($keys | Sort-Object -CaseSensitive) | Should -BeExactly @($inDocument)
        }
    }

    It 'has a row for each of the 56 pairs of the older document' {
        $keys = @((Get-Content -Raw $TablePath | ConvertFrom-Json -AsHashtable).pairs | ForEach-Object { "$($_.method) $($_.path)" })
        $LegacyKeys | Should -HaveCount 56
        @($LegacyKeys | Select-Object -Unique) | Should -HaveCount 56
        @($LegacyKeys | Where-Object { $_ -notin $keys }) | Should -BeNullOrEmpty -Because 'later releases kept every older pair'
    }

    It 'takes every parameter name of the parameter list from current-api.md' {
        if (-not $CurrentDocument) { Set-ItResult -Skipped -Because 'current-api.md is not at hand'; return }
        $text = Get-Content -Raw $CurrentDocument
        $names = @($Documented.Values | ForEach-Object { $_ } | Select-Object -Unique)
        @($names | Where-Object { $text -notmatch ('`' + [regex]::Escape($_) + '`') }) | Should -BeNullOrEmpty
    }
}

Describe '<Key>' -ForEach $rows -Tag CurrentOnly {
    BeforeAll {
        Reset-TestEmulator -Backend $Backend.ToLowerInvariant() -Release current
        Connect-TestEmulator
        # What setup and invoke may use.
        $pw = Get-TestPassword
        $uri = (Get-TestEmulator).BaseUri
        $cred = (Get-TestEmulator).Credential

        $exported = @(Get-Command -Module IRedAdmin).Name
        $missing = @(Get-RowCmdlet $Setup $Invoke | Where-Object { $_ -notin $exported })
        $setupError = $null
        if (-not $missing -and $Setup) {
            try {
                & {
                    $ErrorActionPreference = 'Stop'
                    & ([scriptblock]::Create($Setup)) | Out-Null
                }
            }
            catch { $setupError = "$($_.FullyQualifiedErrorId): $_" }
        }
        Clear-EmulatorRequest

        $errors = @()
        if (-not $missing -and -not $setupError) {
            try {
                $errors = @(& ([scriptblock]::Create($Invoke)) 2>&1 | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
            }
            catch { $errors += $_ }
        }
        $log = @(Get-EmulatorRequest -IncludeLogin)
        $pattern = ConvertTo-PathPattern $Path
        $hits = @($log | Where-Object { $_.Method -eq $Method -and $pattern.IsMatch($_.Path) })
        $sent = @($hits | ForEach-Object { $_.FormKeys } | Where-Object { $_ } | Select-Object -Unique)
    }

    It 'is reached by: <Invoke>' {
        if ($missing) { throw "NOT YET REACHABLE: $Key needs $($missing -join ', '), which the module does not export yet." }
        if ($setupError) { throw "Setup for $Key failed: $setupError" }
        $hits | Should -Not -BeNullOrEmpty -Because (
            "'$Invoke' must request $Key. Requests: [$(($log | ForEach-Object { "$($_.Method) $($_.Path) $($_.Status)" }) -join ', ')]. " +
            "Errors: [$(($errors | ForEach-Object { "$($_.FullyQualifiedErrorId): $_" }) -join ' | ')]")
        # A 404/405 would mean the path or method is not one the server knows.
        foreach ($hit in $hits) { $hit.Status | Should -Not -BeIn @(404, 405) -Because "$($hit.Method) $($hit.Path) must be a known route" }
        @($errors | ForEach-Object { "$($_.FullyQualifiedErrorId): $_" }) | Should -BeNullOrEmpty -Because 'every call of the row succeeds'
    }

    It 'sends every documented parameter of the pair and nothing undocumented' {
        $documentedHere = @($Documented[$Key])
        foreach ($name in $NotSent.Keys) {
            $name | Should -BeIn $documentedHere -Because "notSent of $Key names a documented parameter"
            $name | Should -Not -BeIn $sent -Because "$name is sent after all: drop it from notSent of $Key"
        }
        @($documentedHere | Where-Object { $_ -notin $sent -and -not $NotSent.ContainsKey($_) }) | Should -BeNullOrEmpty -Because (
            "'$Invoke' must send each documented parameter of $Key (sent: $($sent -join ', '))")
        @($log | Where-Object { $_.Undocumented } | ForEach-Object { "$($_.Method) $($_.Path): $($_.Undocumented -join ', ')" }) | Should -BeNullOrEmpty
    }
}
