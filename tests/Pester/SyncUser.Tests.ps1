BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    . $PSScriptRoot/TestHelpers/StreamText.ps1
    Import-TestModule
    Start-TestEmulator | Out-Null

    function Write-TestCsv([string] $Text) {
        $path = Join-Path $TestDrive ("rows-$([guid]::NewGuid()).csv")
        Set-Content -Path $path -Value $Text
        $path
    }
    function Get-TestUser([string] $Mail) { Get-EmulatorRow -Table mailbox -Column username -Key $Mail }
    function Get-Wire { @(Get-EmulatorRequest) | ForEach-Object { "$($_.Method) $($_.Path) $($_.FormKeys -join ',')".TrimEnd() } }
    # A fresh pwsh whose prompts are answered by these lines on its standard input, as a person at -Confirm would.
    function Invoke-PwshAnswering([string] $Script, [string[]] $Answers) {
        $self = (Get-Process -Id $PID).Path
        $info = [System.Diagnostics.ProcessStartInfo]::new($self)
        if ([System.IO.Path]::GetFileNameWithoutExtension($self) -eq 'dotnet') { $info.ArgumentList.Add((Join-Path $PSHOME 'pwsh.dll')) }
        $file = Join-Path $TestDrive "confirm-$([guid]::NewGuid()).ps1"
        Set-Content -Path $file -Value $Script
        foreach ($a in '-NoLogo', '-NoProfile', '-File', $file) { $info.ArgumentList.Add($a) }
        $info.RedirectStandardInput = $true
        $info.RedirectStandardOutput = $true
        $info.RedirectStandardError = $true
        $info.Environment['NO_COLOR'] = '1'
        $p = [System.Diagnostics.Process]::Start($info)
        foreach ($line in $Answers) { $p.StandardInput.WriteLine($line) }
        $p.StandardInput.Close()
        $out = $p.StandardOutput.ReadToEndAsync()
        $err = $p.StandardError.ReadToEndAsync()
        if (-not $p.WaitForExit(120000)) { $p.Kill($true); throw 'pwsh did not finish within 120 s' }
        [pscustomobject]@{ ExitCode = $p.ExitCode; Output = @($out.Result -split "`r?`n"); Error = $err.Result }
    }
    # The release under test: $_ of Describe -ForEach @('current','legacy'), once the emulator has releases.
    function Reset-SyncEmulator($Release) {
        if ($Release -is [string]) { Reset-TestEmulator -Release $Release } else { Reset-TestEmulator }
    }
}
AfterAll { Stop-TestEmulator }

# Add -ForEach @('current', 'legacy') to each Describe once Reset-TestEmulator -Release lands.
# Sync-IRedUser reads each domain's users with GET /api/users/<domain>, which later releases alone have.
Describe 'Sync-IRedUser: plan and apply' -Tag CurrentOnly {
    BeforeEach {
        Reset-SyncEmulator $_
        Connect-TestEmulator
        $pw = Get-TestPassword
        New-IRedDomain example.com
        New-IRedUser a@example.com -Password $pw -Name Alice -Quota 1024
        New-IRedUser b@example.com -Password $pw -Name Bob -Quota 1024 -Language en_US
        Set-IRedUser b@example.com -EmployeeId E1
        New-IRedUser x@example.com -Password $pw -Name Xavier -Quota 1024
        $csv = Write-TestCsv @'
Mail,Name,QuotaMB,Status,Language,EmployeeId,Password,Department
a@example.com,Alice,2048,,,,,Sales
B@Example.com,Robert,1024,Disabled,de_DE,E1,,Support
c@example.com,Carol,512,,en_US,E3,Carol-Passw0rd!,Finance
'@
        Clear-EmulatorRequest
    }

    It '-WhatIf reads one listing, sends nothing and writes the typed plan' {
        $plan = @(Import-Csv $csv | Sync-IRedUser -Domain example.com -WhatIf)

        Get-Wire | Should -Be @('GET /api/users/example.com')
        (Get-TestUser a@example.com).quota | Should -Be 1024
        Test-EmulatorAccount -Kind User c@example.com | Should -BeFalse

        $plan | Should -HaveCount 3
        $plan[0].GetType().FullName | Should -Be 'IRedAdmin.Client.Models.IRedUserSyncItem'
        $plan.Mail | Should -Be @('a@example.com', 'b@example.com', 'c@example.com')
        "$($plan.Action)" | Should -Be 'Update Update Create'
        "$($plan.Result)" | Should -Be 'Planned Planned Planned'
        $plan[0].Changes | Should -HaveCount 1
        $plan[0].Changes[0].Property | Should -Be 'QuotaMB'
        $plan[0].Changes[0].OldValue | Should -Be 1024
        $plan[0].Changes[0].NewValue | Should -Be 2048
        $plan[1].Changes.Property | Should -Be @('Name', 'Status', 'Language')
        "$($plan[1].Changes)" | Should -Be "Name: 'Bob' -> 'Robert' Status: Active -> Disabled Language: 'en_US' -> 'de_DE'"
        $plan[2].Changes.Property | Should -Be @('Name', 'QuotaMB', 'Language', 'EmployeeId', 'Password')
        "$($plan[2].Changes[-1])" | Should -Be 'Password: (none) -> FromInput'
        $plan[2].GeneratedPassword | Should -BeNullOrEmpty
    }

    It 'sends only the differing fields, once per changed account, and the second run changes nothing' {
        $result = @(Import-Csv $csv | Sync-IRedUser -Domain example.com -ErrorVariable err)

        $err | Should -BeNullOrEmpty
        Get-Wire | Should -Be @(
            'GET /api/users/example.com'
            'PUT /api/user/a@example.com quota'
            'PUT /api/user/b@example.com name,accountStatus,language'
            'POST /api/user/c@example.com name,password,language,quota'
            'PUT /api/user/c@example.com employeeid')
        "$($result.Result)" | Should -Be 'Applied Applied Applied'
        (Get-TestUser a@example.com).quota | Should -Be 2048
        $b = Get-TestUser b@example.com
        $b.name | Should -Be 'Robert'
        $b.active | Should -Be 0
        $b.language | Should -Be 'de_DE'
        $b.employeeid | Should -Be 'E1'
        $c = Get-TestUser c@example.com
        $c.name | Should -Be 'Carol'
        $c.quota | Should -Be 512
        $c.employeeid | Should -Be 'E3'
        Test-IRedUserPassword c@example.com -Password (ConvertTo-SecureString 'Carol-Passw0rd!' -AsPlainText -Force) | Should -BeTrue
        Test-EmulatorAccount -Kind User x@example.com | Should -BeTrue
        Clear-EmulatorRequest

        $again = @(Import-Csv $csv | Sync-IRedUser -Domain example.com)

        Get-Wire | Should -Be @('GET /api/users/example.com')
        "$($again.Action)" | Should -Be 'Unchanged Unchanged Unchanged'
        "$($again.Result)" | Should -Be 'None None None'
    }

    It 'the table view shows action, account, result and each change as old -> new' {
        $text = Import-Csv $csv | Sync-IRedUser -Domain example.com -WhatIf | Format-Table | Out-String -Width 200
        $text | Should -Match 'Action\s+Mail\s+Result\s+Changes'
        $text | Should -Match "Update\s+a@example.com\s+Planned\s+QuotaMB: 1024 -> 2048"
        $text | Should -Match "Create\s+c@example.com\s+Planned\s+Name: \(none\) -> 'Carol'"
    }

    It '-Absent Disable disables the users the input does not name; a second run leaves them' {
        $result = @(Import-Csv $csv | Sync-IRedUser -Domain example.com -Absent Disable)

        $result[-1].Mail | Should -Be 'x@example.com'
        "$($result[-1].Action) $($result[-1].Result)" | Should -Be 'Disable Applied'
        "$($result[-1].Changes)" | Should -Be 'Status: Active -> Disabled'
        @(Get-Wire)[-1] | Should -Be 'PUT /api/user/x@example.com accountStatus'
        (Get-TestUser x@example.com).active | Should -Be 0

        $again = @(Import-Csv $csv | Sync-IRedUser -Domain example.com -Absent Disable)
        Get-Wire | Should -Be @('GET /api/users/example.com')
        "$($again.Action)" | Should -Be 'Unchanged Unchanged Unchanged Unchanged'
    }

    It '-Absent Remove deletes them, keeping the mailbox with -KeepMailboxDays' {
        $result = @(Import-Csv $csv | Sync-IRedUser -Domain example.com -Absent Remove -KeepMailboxDays 30)

        "$($result[-1].Action) $($result[-1].Mail) $($result[-1].Result)" | Should -Be 'Remove x@example.com Applied'
        @(Get-Wire)[-1] | Should -Be 'DELETE /api/user/x@example.com/keep_mailbox_days/30'
        Test-EmulatorAccount -Kind User x@example.com | Should -BeFalse
        Test-EmulatorAccount -Kind User a@example.com | Should -BeTrue
    }

    It '-Confirm asks once per changed account and sends only what was answered Yes' {
        $e = Get-TestEmulator
        $script = @"
Import-Module '$(Get-TestModulePath)' -ErrorAction Stop
Connect-IRedAdmin -Uri '$($e.BaseUri)' -Credential ([pscredential]::new('$($e.AdminEmail)', (ConvertTo-SecureString '$($e.AdminPassword)' -AsPlainText -Force)))
Import-Csv '$csv' | Sync-IRedUser -Domain example.com -Confirm | ForEach-Object { "RESULT `$(`$_.Mail)=`$(`$_.Action)/`$(`$_.Result)" }
"@
        $run = Invoke-PwshAnswering $script 'Y', 'N', 'Y'

        $run.Error | Should -BeNullOrEmpty
        @($run.Output | Where-Object { $_ -like 'RESULT *' }) | Should -Be @(
            'RESULT a@example.com=Update/Applied', 'RESULT b@example.com=Update/Declined', 'RESULT c@example.com=Create/Applied')
        @($run.Output | Where-Object { $_ -match '\[Y\] Yes' }) | Should -HaveCount 3
        $run.Output | Should -Contain 'Update QuotaMB: 1024 -> 2048?'
        Get-Wire | Should -Be @(
            'GET /api/users/example.com'
            'PUT /api/user/a@example.com quota'
            'POST /api/user/c@example.com name,password,language,quota'
            'PUT /api/user/c@example.com employeeid')
        (Get-TestUser b@example.com).name | Should -Be 'Bob'
    }

    It '-KeepMailboxDays without -Absent Remove stops before anything is sent' {
        { Import-Csv $csv | Sync-IRedUser -Domain example.com -KeepMailboxDays 30 } | Should -Throw -ErrorId 'PARAMETER_REQUIRED,*'
        Get-Wire | Should -BeNullOrEmpty
    }
}

Describe 'Sync-IRedUser: input it refuses' {
    BeforeEach {
        Reset-SyncEmulator $_
        Connect-TestEmulator
        $pw = Get-TestPassword
        New-IRedDomain example.com
        New-IRedDomain example.net
        New-IRedUser a@example.com -Password $pw -Name Alice -Quota 1024
        New-IRedUser b@example.com -Password $pw -Name Bob -Quota 1024
        New-IRedUser n@example.net -Password $pw -Name Nora -Quota 1024
        Clear-EmulatorRequest
    }

    # Sync-IRedUser reads each domain's users with GET /api/users/<domain>, which later releases alone have.
    It 'names each bad row by its value, sends nothing for it, and never treats its account as absent' -Tag CurrentOnly {
        $csv = Write-TestCsv @'
Mail,Name,QuotaMB,Status,Password
a@example.com,Alice,lots,,
b@example.com,Bob,1024,Sleeping,
o@example.org,Otto,1024,,Otto-Passw0rd!
a@example.com,Alice again,1024,,
new@example.com,New,1024,,
,Nobody,1024,,
'@
        $result = @(Import-Csv $csv | Sync-IRedUser -Domain example.com -Absent Disable -ErrorVariable err -ErrorAction SilentlyContinue)

        $result | Should -BeNullOrEmpty
        Get-Wire | Should -Be @('GET /api/users/example.com')
        $err | Should -HaveCount 6
        $err[0].FullyQualifiedErrorId | Should -BeLike 'INVALID_QUOTA,*'
        $err[0].TargetObject | Should -Be 'lots'
        $err[1].FullyQualifiedErrorId | Should -BeLike 'INVALID_STATUS,*'
        $err[1].TargetObject | Should -Be 'Sleeping'
        $err[2].FullyQualifiedErrorId | Should -BeLike 'MAIL_OUTSIDE_DOMAIN,*'
        $err[2].TargetObject | Should -Be 'o@example.org'
        $err[3].FullyQualifiedErrorId | Should -BeLike 'DUPLICATE_MAIL,*'
        $err[4].FullyQualifiedErrorId | Should -BeLike 'PASSWORD_REQUIRED,*'
        $err[4].TargetObject.Mail | Should -Be 'new@example.com'
        $err[4].TargetObject.Action | Should -Be 'Create'
        $err[5].FullyQualifiedErrorId | Should -BeLike 'MISSING_MAIL,*'
        $err | ForEach-Object { "$($_.CategoryInfo.Category)" } | Should -Be (@('InvalidArgument') * 6)
        (Get-TestUser a@example.com).active | Should -Be 1
        (Get-TestUser b@example.com).active | Should -Be 1
    }

    # Sync-IRedUser reads each domain's users with GET /api/users/<domain>, which later releases alone have.
    It 'a domain without any input row is not emptied by -Absent' -Tag CurrentOnly {
        $csv = Write-TestCsv "Mail,QuotaMB`na@example.com,1024`nb@example.com,1024"
        $result = @(Import-Csv $csv | Sync-IRedUser -Domain example.com, example.net -Absent Remove -ErrorVariable err -ErrorAction SilentlyContinue)

        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'NO_INPUT_FOR_DOMAIN,*'
        $err[0].TargetObject | Should -Be 'example.net'
        Get-Wire | Should -Be @('GET /api/users/example.com', 'GET /api/users/example.net')
        Test-EmulatorAccount -Kind User n@example.net | Should -BeTrue
        "$($result.Action)" | Should -Be 'Unchanged Unchanged'
    }

    It 'a domain that cannot be read stops the command before anything is sent' {
        $csv = Write-TestCsv "Mail,QuotaMB`na@example.com,4096"
        { Import-Csv $csv | Sync-IRedUser -Domain example.com, missing.example -ErrorAction Stop } | Should -Throw
        @(Get-EmulatorRequest) | Where-Object Method -ne 'GET' | Should -BeNullOrEmpty
        (Get-TestUser a@example.com).quota | Should -Be 1024
    }

    # Sync-IRedUser reads each domain's users with GET /api/users/<domain>, which later releases alone have.
    It 'never disables or removes the account the session is logged in as' -Tag CurrentOnly {
        Set-IRedUser b@example.com -IsGlobalAdmin $true
        Clear-EmulatorRequest
        $csv = Write-TestCsv "Mail,QuotaMB`na@example.com,1024"

        $streams = Invoke-WithStreams -Variables @{ csv = $csv; uri = (Get-TestEmulator).BaseUri; cred = [pscredential]::new('b@example.com', (Get-TestPassword)) } {
            Connect-IRedAdmin -Uri $uri -Credential $cred -RetryDelay 00:00:00.010
            Import-Csv $csv | Sync-IRedUser -Domain example.com -Absent Remove
        }

        $streams.Error | Should -BeNullOrEmpty
        $streams.Warning | Should -HaveCount 1
        "$($streams.Warning[0])" | Should -BeLike 'b@example.com is not in the input but is the account this session is logged in as*'
        Test-EmulatorAccount -Kind User b@example.com | Should -BeTrue
        @(Get-EmulatorRequest) | Where-Object Method -eq 'DELETE' | Should -BeNullOrEmpty
    }
}

# Sync-IRedUser reads each domain's users with GET /api/users/<domain>, which later releases alone have.
Describe 'Sync-IRedUser: exactly once under faults and session loss' -Tag CurrentOnly {
    BeforeEach {
        Reset-SyncEmulator $_
        Connect-TestEmulator -Parameters @{ MaxRetries = 10 }
        Add-EmulatorUser -Domain example.com -Count 30
        # Users 1-10 get a new quota, 11-20 stay, 21-30 are absent (removed), n01-n10 are new.
        $lines = @('Mail,Name,QuotaMB,Password')
        foreach ($i in 1..20) { $lines += 'user{0:D6}@example.com,User {1},{2},' -f $i, $i, $(if ($i -le 10) { 2048 } else { 1024 }) }
        foreach ($i in 1..10) { $lines += 'n{0:D2}@example.com,New {0},512,New-Passw0rd-{0}!' -f $i }
        $csv = Write-TestCsv ($lines -join "`n")
        Clear-EmulatorRequest
    }

    It 'with <Point> faults (503 and dropped connections) every change lands once and the rerun sends only the listing' -ForEach @(
        @{ Point = 'after' }, @{ Point = 'before' }
    ) {
        Set-EmulatorSetting -FaultRate 0.3 -FaultPoint $Point -FaultKind 503, drop -FaultSeed 15
        $result = @(Import-Csv $csv | Sync-IRedUser -Domain example.com -Absent Remove -ThrottleLimit 4 -ErrorVariable err)
        Set-EmulatorSetting -FaultRate 0

        $err | Should -BeNullOrEmpty
        $result | Should -HaveCount 40
        ($result | Where-Object Result -eq 'Applied') | Should -HaveCount 30
        (Get-EmulatorStat).faultsInjected | Should -BeGreaterThan 0
        $log = @(Get-EmulatorRequest)
        # A create whose answer was lost is looked up, never blindly resent: no second POST ever meets the account.
        $log | Where-Object { $_.Method -eq 'POST' -and $_.ErrorCode -eq 'ALREADY_EXISTS' } | Should -BeNullOrEmpty
        if ($Point -eq 'after') {
            foreach ($i in 1..10) { @($log | Where-Object { $_.Method -eq 'POST' -and $_.Path -eq ('/api/user/n{0:D2}@example.com' -f $i) }) | Should -HaveCount 1 }
        }
        foreach ($i in 1..10) { (Get-TestUser ('user{0:D6}@example.com' -f $i)).quota | Should -Be 2048 }
        foreach ($i in 11..20) { (Get-TestUser ('user{0:D6}@example.com' -f $i)).quota | Should -Be 1024 }
        foreach ($i in 21..30) { Test-EmulatorAccount -Kind User ('user{0:D6}@example.com' -f $i) | Should -BeFalse }
        foreach ($i in 1..10) { (Get-TestUser ('n{0:D2}@example.com' -f $i)).quota | Should -Be 512 }
        Test-IRedUserPassword n07@example.com -Password (ConvertTo-SecureString 'New-Passw0rd-7!' -AsPlainText -Force) | Should -BeTrue
        Clear-EmulatorRequest

        $again = @(Import-Csv $csv | Sync-IRedUser -Domain example.com -Absent Remove -ThrottleLimit 4)
        Get-Wire | Should -Be @('GET /api/users/example.com')
        ($again | Where-Object Action -ne 'Unchanged') | Should -BeNullOrEmpty
        $again | Should -HaveCount 30
    }

    It 'renews a session that expires in the middle of the sync, once, and applies every change once' {
        $rows = @(Import-Csv $csv)
        Get-EmulatorRequest -IncludeLogin | Out-Null
        # The input pauses after 12 rows (some already applied) while the server forgets every session.
        & { $rows[0..11]; Invoke-EmulatorSessionExpiry | Out-Null; $rows[12..29] } |
            Sync-IRedUser -Domain example.com -Absent Remove -ErrorVariable err | Out-Null

        $err | Should -BeNullOrEmpty
        $log = @(Get-EmulatorRequest -IncludeLogin)
        @($log | Where-Object Path -eq '/api/login') | Should -HaveCount 1
        @($log | Where-Object ErrorCode -eq 'LOGIN_REQUIRED') | Should -HaveCount 1
        $changes = @($log | Where-Object { $_.Method -ne 'GET' -and $_.Path -ne '/api/login' -and $_.ErrorCode -ne 'LOGIN_REQUIRED' })
        $changes | Should -HaveCount 30
        ($changes.Path | Sort-Object -Unique) | Should -HaveCount 30
        foreach ($i in 1..10) { (Get-TestUser ('user{0:D6}@example.com' -f $i)).quota | Should -Be 2048 }
        foreach ($i in 21..30) { Test-EmulatorAccount -Kind User ('user{0:D6}@example.com' -f $i) | Should -BeFalse }
        foreach ($i in 1..10) { Test-EmulatorAccount -Kind User ('n{0:D2}@example.com' -f $i) | Should -BeTrue }
    }

    It 'renews a session lost before the listing and reads it once' {
        Invoke-EmulatorSessionExpiry | Out-Null
        Import-Csv $csv | Sync-IRedUser -Domain example.com -WhatIf | Out-Null
        $log = @(Get-EmulatorRequest -IncludeLogin)
        ($log | ForEach-Object { "$($_.Method) $($_.Path) $($_.ErrorCode)".TrimEnd() }) | Should -Be @(
            'GET /api/users/example.com LOGIN_REQUIRED', 'POST /api/login', 'GET /api/users/example.com')
    }
}

# Sync-IRedUser reads each domain's users with GET /api/users/<domain>, which later releases alone have.
Describe 'Sync-IRedUser: secrets' -Tag CurrentOnly {
    BeforeEach {
        Reset-SyncEmulator $_
        Connect-TestEmulator
        New-IRedDomain example.com
        New-IRedUser a@example.com -Password (Get-TestPassword) -Name Alice
        Set-IRedDomain example.com -MinPasswordLength 12
    }

    It 'a Password column reaches no stream, with -Verbose and -Debug, in a plan, an apply and a server refusal' {
        $csv = Write-TestCsv @'
Mail,Name,Password
a@example.com,Alice,Unused-Secret-A1!
b@example.com,Bee,Bee-Secret-Passw0rd!
c@example.com,Cee,Sh0rt!cC
'@
        $streams = Invoke-WithStreams -Variables @{ csv = $csv; uri = (Get-TestEmulator).BaseUri; cred = (Get-TestEmulator).Credential } {
            Connect-IRedAdmin -Uri $uri -Credential $cred -RetryDelay 00:00:00.010
            $VerbosePreference = 'Continue'; $DebugPreference = 'Continue'; $InformationPreference = 'Continue'
            Import-Csv $csv | Sync-IRedUser -Domain example.com -WhatIf
            Import-Csv $csv | Sync-IRedUser -Domain example.com
            $Error | ForEach-Object { Write-Information "$_ $($_.Exception.InnerException)" }
        }

        $streams.Verbose | Should -Not -BeNullOrEmpty
        $streams.Error | Should -HaveCount 1
        $streams.Error[0].FullyQualifiedErrorId | Should -BeLike 'PASSWORD_POLICY,*'
        $streams.Error[0].Exception.Message | Should -BeLike '*shorter than the minimum length (PW_*_MIN_LENGTH).'
        $streams.Error[0].TargetObject.Mail | Should -Be 'c@example.com'
        Test-EmulatorAccount -Kind User b@example.com | Should -BeTrue
        $text = Get-StreamText $streams
        foreach ($secret in 'Unused-Secret-A1!', 'Bee-Secret-Passw0rd!', 'Sh0rt!cC') { $text | Should -Not -BeLike "*$secret*" }
    }
}

# Sync-IRedUser reads each domain's users with GET /api/users/<domain>, which later releases alone have.
Describe 'Sync-IRedUser on an LDAP server' -Tag CurrentOnly {
    BeforeEach {
        Reset-TestEmulator -Backend ldap
        Connect-TestEmulator
        New-IRedDomain example.com
        New-IRedUser a@example.com -Password (Get-TestPassword) -Name Alice -Quota 1024
        Set-IRedUser a@example.com -EmployeeId E1
        Clear-EmulatorRequest
    }
    AfterAll { Reset-TestEmulator -Backend sql }

    It 'compares LDAP values as stored (mailQuota in bytes, accountStatus words) and converges' {
        $csv = Write-TestCsv "Mail,Name,QuotaMB,Status,Language,EmployeeId,Password`na@example.com,Alice,2048,Active,en_US,E1,`nb@example.com,Bee,512,Disabled,de_DE,E2,Bee-Passw0rd!"
        $result = @(Import-Csv $csv | Sync-IRedUser -Domain example.com)

        "$($result[0].Changes)" | Should -Be 'QuotaMB: 1024 -> 2048'
        Get-Wire | Should -Be @(
            'GET /api/users/example.com'
            'PUT /api/user/a@example.com quota'
            'POST /api/user/b@example.com name,password,language,quota'
            'PUT /api/user/b@example.com accountStatus,employeeid')
        $b = Get-TestUser b@example.com
        $b.active | Should -Be 0
        $b.employeeid | Should -Be 'E2'

        "$((Import-Csv $csv | Sync-IRedUser -Domain example.com).Action)" | Should -Be 'Unchanged Unchanged'
        Get-Wire | Should -Be @('GET /api/users/example.com')
    }
}
