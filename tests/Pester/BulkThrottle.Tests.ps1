# -ThrottleLimit: several requests in flight on one session, results and errors still in input order.
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    Start-TestEmulator | Out-Null

    # Items 4 and 9 already exist and item 7 is in a domain the server does not have: their errors must come out in place.
    $script:In = 1..16 | ForEach-Object { if ($_ -eq 7) { 'u7@nowhere.example' } else { "u$_@bulk.example" } }
    $script:Expected = foreach ($m in $script:In) {
        switch ($m) {
            { $_ -in 'u4@bulk.example', 'u9@bulk.example' } { "E:${m}:ALREADY_EXISTS"; break }
            'u7@nowhere.example' { "E:${m}:NO_SUCH_ACCOUNT"; break }
            default { "O:${m}:IRedUser" }
        }
    }

    # What a user sees of the run, one line per item: its object or its error, in the order they came out.
    # -ErrorAction Continue: the item errors are the subject here, whatever preference the test run has.
    function Invoke-BulkCreate([hashtable] $Throttle = @{}) {
        $script:In | New-IRedUser -Password (Get-TestPassword) -PassThru -ErrorAction Continue @Throttle 2>&1 | ForEach-Object {
            if ($_ -is [System.Management.Automation.ErrorRecord]) { 'E:' + $_.TargetObject + ':' + $_.FullyQualifiedErrorId.Split(',')[0] }
            else { 'O:' + $_.Mail + ':' + $_.GetType().Name }
        }
    }
}
AfterAll { Stop-TestEmulator }

Describe 'New-IRedUser -ThrottleLimit' {
    BeforeEach {
        Reset-TestEmulator
        Set-EmulatorSetting -LatencyMs 40 | Out-Null
        Connect-TestEmulator
        Add-EmulatorUser -Domain bulk.example -Count 0
        'u4@bulk.example', 'u9@bulk.example' | New-IRedUser -Password (Get-TestPassword)
        Clear-EmulatorRequest
        Get-EmulatorStat -Reset | Out-Null
    }

    It 'sends concurrently and keeps every result and error in input order' {
        $lines = @(Invoke-BulkCreate @{ ThrottleLimit = 8 })

        $lines | Should -Be $script:Expected
        (Get-EmulatorStat).maxInFlight | Should -BeIn (2..8)
        $posts = @(Get-EmulatorRequest | Where-Object Method -EQ 'POST')
        # Each item sent exactly once: 16 creates, no retries or duplicates.
        $posts.Path | Sort-Object | Should -Be ($script:In | ForEach-Object { "/api/user/$_" } | Sort-Object)
        $posts | ForEach-Object { $_.Form.password | Should -Be '********' }
        Get-EmulatorCount mailbox 'domain = $d' @{ d = 'bulk.example' } | Should -Be 15
    }

    It 'is one request at a time by default, with the same results' {
        $lines = @(Invoke-BulkCreate)

        $lines | Should -Be $script:Expected
        (Get-EmulatorStat).maxInFlight | Should -Be 1
        # One after another: each create is followed by its -PassThru read before the next create starts.
        $sent = @(Get-EmulatorRequest | ForEach-Object { "$($_.Method) $($_.Path)" })
        $creates = @($sent | Where-Object { $_ -like 'POST *' } | ForEach-Object { $_.Substring(5) })
        $creates | Should -Be ($script:In | ForEach-Object { "/api/user/$_" })
        $expectedSent = foreach ($m in $script:In) {
            "POST /api/user/$m"
            if ($m -notin 'u4@bulk.example', 'u9@bulk.example', 'u7@nowhere.example') { "GET /api/user/$m" }
        }
        $sent | Should -Be $expectedSent
    }

    It 'sends nothing under -WhatIf' {
        $out = @($script:In | New-IRedUser -Password (Get-TestPassword) -ThrottleLimit 8 -WhatIf)

        $out | Should -HaveCount 0
        @(Get-EmulatorRequest) | Should -HaveCount 0
        Get-EmulatorCount mailbox 'domain = $d' @{ d = 'bulk.example' } | Should -Be 2
    }

    It 'refuses a -ThrottleLimit out of range before sending' {
        $Error.Clear()
        { $script:In | Set-IRedUser -Quota 10 -ThrottleLimit 0 } |
            Should -Throw -ErrorId 'ParameterArgumentValidationError,IRedAdmin.Cmdlets.User.SetIRedUserCommand'

        $Error.Count | Should -Be 1
        $Error[0].ToString() | Should -BeLike '*ThrottleLimit*'
        "$($Error[0].CategoryInfo.Category)" | Should -Be 'InvalidData'
        @(Get-EmulatorRequest) | Should -HaveCount 0
    }
}
