# Every script in samples/ runs as an admin would run it (& ./sample.ps1 -Uri ... -Credential ...), in real pwsh with
# the real Import-Csv and Export-Csv, against the emulator; its database, request log and the files the sample wrote
# prove it did its job.
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    $script:Emulator = Start-TestEmulator
    $script:SampleFolder = Join-Path (Get-TestRepoRoot) 'samples'
    $script:Pw = Get-TestPassword
    $script:PwText = Get-TestPassword -AsPlainText

    function Invoke-Sample {
        <#
        Runs a sample in a fresh runspace (a new console or job) as "& $sample @parameters <Tail>", between -Before and
        -After. Returns every stream (Invoke-WithStreams) plus Probe: Failure (what the sample threw, as a job would
        end Failed) and whatever -Before/-After put there.
        #>
        param([Parameter(Mandatory)] [string] $Name, [hashtable] $Parameters = @{}, [string] $Tail = '', [string] $Before = '',
            [string] $After = '', [hashtable] $Variables = @{})
        $probe = @{ Failure = $null }
        $vars = @{ sample = Join-Path $SampleFolder $Name; parameters = $Parameters; probe = $probe }
        foreach ($k in $Variables.Keys) { $vars[$k] = $Variables[$k] }
        $script = "$Before`ntry { & `$sample @parameters $Tail } catch { `$probe.Failure = `$_ }`n$After"
        $r = Invoke-WithStreams -Variables $vars ([scriptblock]::Create($script))
        $r | Add-Member -NotePropertyName Probe -NotePropertyValue $probe -PassThru
    }

    # The parameters every sample but the runbook takes.
    function Get-Connection { @{ Uri = [uri]$Emulator.BaseUri; Credential = $Emulator.Credential } }

    # Creates the accounts a sample starts from, then disconnects and forgets the requests.
    function Initialize-Accounts([scriptblock] $Script) {
        Connect-TestEmulator
        & $Script
        Disconnect-IRedAdmin
        Clear-EmulatorRequest
    }

    function Get-Change { Get-EmulatorRequest | Where-Object Method -in 'POST', 'PUT', 'DELETE' }
    function Get-Mailbox([string] $Mail) { Get-EmulatorRow -Table mailbox -Column username -Key $Mail }

    # Every stream's text and every part of an error a user can print, to prove a secret is in none of them.
    function Get-VisibleText($Result) {
        $parts = [System.Collections.Generic.List[string]]::new()
        foreach ($stream in 'Output', 'Warning', 'Verbose', 'Debug', 'Information', 'Progress') { foreach ($o in $Result.$stream) { $parts.Add("$o") } }
        foreach ($e in @($Result.Error) + @($Result.Probe.Failure) | Where-Object { $_ }) {
            $parts.AddRange([string[]]@("$e", "$($e.Exception)", "$($e.ErrorDetails)", "$($e.TargetObject)", "$($e.CategoryInfo)"))
        }
        $parts.Add("$($Result.Terminating)")
        $parts -join "`n"
    }
}
AfterAll { Stop-TestEmulator }

Describe 'The samples folder' {
    It 'holds the six samples and staff.csv' {
        (Get-ChildItem $SampleFolder -Filter *.ps1).Name | Sort-Object | Should -Be @(
            '01-first-session.ps1', '02-bulk-create-users-from-csv.ps1', '03-disable-all-users-of-a-domain.ps1',
            '04-nightly-ldif-backup.ps1', '05-azure-automation-runbook.ps1', '06-sync-users-from-hr-export.ps1')
        Join-Path $SampleFolder staff.csv | Should -Exist
    }

    It '<_> parses and has help with a synopsis and examples' -ForEach @(
        '01-first-session.ps1', '02-bulk-create-users-from-csv.ps1', '03-disable-all-users-of-a-domain.ps1',
        '04-nightly-ldif-backup.ps1', '05-azure-automation-runbook.ps1'
    ) {
        $path = Join-Path $SampleFolder $_
        $tokens = $null; $errors = $null
        [System.Management.Automation.Language.Parser]::ParseFile($path, [ref]$tokens, [ref]$errors) | Out-Null
        $errors | Should -BeNullOrEmpty
        $help = Get-Help $path -Full
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Synopsis | Should -Not -BeLike "$_*"    # Get-Help falls back to the syntax when there is no synopsis
        @($help.examples.example) | Should -Not -BeNullOrEmpty
    }
}

Describe '01-first-session.ps1' {
    BeforeEach { Reset-TestEmulator -Backend sql }

    # The sample lists the domain's users (GET /api/users/<domain>), which later releases alone have.
    It 'creates a domain and two users, changes one, removes one and disconnects' -Tag CurrentOnly {
        $p = Get-Connection
        $p.Domain = 'demo.example.org'; $p.UserPassword = $Pw
        $r = Invoke-Sample 01-first-session.ps1 $p -After @'
Get-IRedConnection -ErrorAction SilentlyContinue -ErrorVariable notConnected
$probe.After = @($notConnected)
'@

        $r.Probe.Failure | Should -BeNullOrEmpty
        $r.Error | Should -BeNullOrEmpty
        Test-EmulatorAccount -Kind Domain demo.example.org | Should -BeTrue
        Test-EmulatorAccount -Kind User alice@demo.example.org | Should -BeTrue
        Test-EmulatorAccount -Kind User bob@demo.example.org | Should -BeFalse
        $alice = Get-Mailbox alice@demo.example.org
        $alice.quota | Should -Be 2048
        $alice.name | Should -Be 'Alice Example'

        $changes = @(Get-Change)
        ($changes | ForEach-Object { "$($_.Method) $($_.Path)" }) | Should -Be @(
            'POST /api/domain/demo.example.org', 'POST /api/user/alice@demo.example.org', 'POST /api/user/bob@demo.example.org',
            'PUT /api/user/alice@demo.example.org', 'DELETE /api/user/bob@demo.example.org')
        $changes[0].Form.quota | Should -Be '10240'
        $changes[0].Form.defaultQuota | Should -Be '1024'
        $changes[0].Form.numberOfUsers | Should -Be '50'
        $changes[1].FormKeys | Should -Contain 'password'
        $changes[3].FormKeys | Sort-Object | Should -Be @('name', 'quota')

        $types = @($r.Output | ForEach-Object { $_.psobject.BaseObject.GetType().Name })
        $types[0] | Should -Be 'IRedAdminConnection'
        $types[1] | Should -Be 'IRedDomain'
        $r.Output[-1] | Should -Be 'bob@demo.example.org'
        $changed = $r.Output | Where-Object { $_.psobject.BaseObject.GetType().Name -eq 'IRedUser' -and $_.Name -eq 'Alice Example' } | Select-Object -First 1
        $changed.Mail | Should -Be 'alice@demo.example.org'
        $changed.QuotaMB | Should -Be 2048
        Get-VisibleText $r | Should -Not -BeLike "*$PwText*"

        # The sample disconnects in its finally block.
        $r.Probe.After | Should -HaveCount 1
        $r.Probe.After[0].FullyQualifiedErrorId | Should -BeLike 'NOT_CONNECTED,*'
    }
}

Describe '02-bulk-create-users-from-csv.ps1' {
    BeforeEach { Reset-TestEmulator -Backend sql }

    It 'creates every new row of staff.csv in file order, reports the existing one, creates the missing domain, and its output goes to Export-Csv' {
        Initialize-Accounts { New-IRedDomain example.com; New-IRedUser alice@example.com -Password $Pw -Name 'Existing Alice' }
        $created = Join-Path $TestDrive created.csv
        $p = Get-Connection
        $p.InitialPassword = $Pw; $p.CreateMissingDomains = $true

        $r = Invoke-Sample 02-bulk-create-users-from-csv.ps1 $p -Tail '| Export-Csv -Path $created' -Variables @{ created = $created }

        $r.Probe.Failure | Should -BeNullOrEmpty
        $r.Error | Should -HaveCount 1
        $r.Error[0].FullyQualifiedErrorId | Should -BeLike 'ALREADY_EXISTS,*'
        $r.Error[0].CategoryInfo.Category | Should -Be ([System.Management.Automation.ErrorCategory]::ResourceExists)
        $r.Error[0].TargetObject | Should -Be 'alice@example.com'
        $r.Warning.Message | Where-Object { $_ -like '1 of 4 rows were not created*' } | Should -HaveCount 1

        # Created in file order although four requests may be in flight at once; the record is a plain CSV file.
        $rows = @(Import-Csv $created)
        $rows.Mail | Should -Be @('bob@example.com', 'carol@example.com', 'dave@example.net')
        $rows[1].Name | Should -Be 'Carol Nguyen'
        $rows[1].QuotaMB | Should -Be '4096'
        $rows[1].Status | Should -Be 'Active'
        Get-Content $created -Raw | Should -Not -BeLike "*$PwText*"

        (Get-Mailbox alice@example.com).name | Should -Be 'Existing Alice'
        Test-EmulatorAccount -Kind Domain example.net | Should -BeTrue
        (Get-Mailbox carol@example.com).name | Should -Be 'Carol Nguyen'
        (Get-Mailbox carol@example.com).quota | Should -Be 4096
        (Get-Mailbox dave@example.net).language | Should -Be 'fr_FR'

        $changes = @(Get-Change)
        ($changes | Where-Object Path -like '/api/domain/*').Path | Should -Be @('/api/domain/example.net')
        $bob = $changes | Where-Object Path -eq '/api/user/bob@example.com'
        # Bob's QuotaMB cell is empty: no quota is sent, so the domain's default applies instead of 0 (unlimited).
        $bob.FormKeys | Should -Not -Contain 'quota'
        $bob.Form.name | Should -Be 'Bob Jones'
        $bob.Form.language | Should -Be 'de_DE'
        ($changes | Where-Object Path -eq '/api/user/carol@example.com').FormKeys | Should -Not -Contain 'Department'
        Get-VisibleText $r | Should -Not -BeLike "*$PwText*"
    }

    It 'reads a CSV that Export-Csv wrote (quoted cells, a comma in a name)' {
        Initialize-Accounts { New-IRedDomain example.com }
        $hires = Join-Path $TestDrive new-hires.csv
        @(
            [pscustomobject]@{ Mail = 'erin@example.com'; Name = 'Lee, Erin'; QuotaMB = 512; Language = 'en_US' }
            [pscustomobject]@{ Mail = 'frank@example.com'; Name = 'Frank "Frankie" Moss'; QuotaMB = $null; Language = 'de_DE' }
        ) | Export-Csv -Path $hires
        $p = Get-Connection
        $p.Path = $hires; $p.InitialPassword = $Pw

        $r = Invoke-Sample 02-bulk-create-users-from-csv.ps1 $p

        $r.Probe.Failure | Should -BeNullOrEmpty
        $r.Error | Should -BeNullOrEmpty
        $r.Output.Mail | Should -Be @('erin@example.com', 'frank@example.com')
        (Get-Mailbox erin@example.com).name | Should -Be 'Lee, Erin'
        (Get-Mailbox erin@example.com).quota | Should -Be 512
        (Get-Mailbox frank@example.com).name | Should -Be 'Frank "Frankie" Moss'
        (Get-EmulatorRequest | Where-Object Path -eq '/api/user/frank@example.com').FormKeys | Should -Not -Contain 'quota'
    }

    It 'changes nothing under -WhatIf' {
        Initialize-Accounts { New-IRedDomain example.com }
        $p = Get-Connection
        $p.InitialPassword = $Pw; $p.CreateMissingDomains = $true; $p.WhatIf = $true

        $r = Invoke-Sample 02-bulk-create-users-from-csv.ps1 $p

        $r.Probe.Failure | Should -BeNullOrEmpty
        $r.Error | Should -BeNullOrEmpty
        Get-Change | Should -BeNullOrEmpty
        Get-EmulatorCount mailbox | Should -Be 0
        Test-EmulatorAccount -Kind Domain example.net | Should -BeFalse
    }
}

Describe '03-disable-all-users-of-a-domain.ps1' {
    BeforeEach { Reset-TestEmulator -Backend sql }

    # The sample lists the domain's users (GET /api/users/<domain>), which later releases alone have.
    It 'disables the active users of the domain except the excluded ones, once, and its output goes to Export-Csv' -Tag CurrentOnly {
        Initialize-Accounts {
            New-IRedDomain example.com; New-IRedDomain example.net
            'a@example.com', 'b@example.com', 'c@example.com', 'keep@example.com', 'd@example.net' | New-IRedUser -Password $Pw
            Set-IRedUser c@example.com -Status Disabled
        }
        $p = Get-Connection
        $p.Domain = 'example.com'; $p.Exclude = 'KEEP@example.com'

        $dry = Invoke-Sample 03-disable-all-users-of-a-domain.ps1 ($p + @{ WhatIf = $true })
        $dry.Probe.Failure | Should -BeNullOrEmpty
        Get-Change | Should -BeNullOrEmpty
        (Get-Mailbox a@example.com).active | Should -Be 1

        $disabled = Join-Path $TestDrive disabled-example.com.csv
        $r = Invoke-Sample 03-disable-all-users-of-a-domain.ps1 ($p + @{ Confirm = $false }) -Tail '| Export-Csv $disabled' -Variables @{ disabled = $disabled }

        $r.Probe.Failure | Should -BeNullOrEmpty
        $r.Error | Should -BeNullOrEmpty
        $puts = @(Get-Change)
        # The sample overlaps its changes (-ThrottleLimit), so they reach the server in any order; its output keeps input order.
        $puts.Path | Sort-Object | Should -Be @('/api/user/a@example.com', '/api/user/b@example.com')
        $puts.Method | Should -Be @('PUT', 'PUT')
        $puts.Form.accountStatus | Should -Be @('disabled', 'disabled')
        (Get-Mailbox a@example.com).active | Should -Be 0
        (Get-Mailbox b@example.com).active | Should -Be 0
        (Get-Mailbox keep@example.com).active | Should -Be 1
        (Get-Mailbox d@example.net).active | Should -Be 1
        $rows = @(Import-Csv $disabled)
        $rows.Mail | Should -Be @('a@example.com', 'b@example.com')
        $rows.Status | Should -Be @('Disabled', 'Disabled')

        # A second run finds nobody left to disable and sends no change.
        $again = Invoke-Sample 03-disable-all-users-of-a-domain.ps1 ($p + @{ Confirm = $false })
        $again.Probe.Failure | Should -BeNullOrEmpty
        $again.Output | Should -BeNullOrEmpty
        Get-Change | Should -BeNullOrEmpty
    }

    # The sample lists the domain's users (GET /api/users/<domain>), which later releases alone have.
    It 'reports a missing domain and changes nothing' -Tag CurrentOnly {
        $p = Get-Connection
        $p.Domain = 'nosuch.example'; $p.Confirm = $false

        $r = Invoke-Sample 03-disable-all-users-of-a-domain.ps1 $p

        @($r.Error) + @($r.Probe.Failure) | Where-Object { $_ -and $_.FullyQualifiedErrorId -like 'NO_SUCH_ACCOUNT,*' } | Should -Not -BeNullOrEmpty
        Get-Change | Should -BeNullOrEmpty
    }
}

Describe '04-nightly-ldif-backup.ps1' {
    BeforeEach { Reset-TestEmulator -Backend ldap }
    AfterAll { Reset-TestEmulator -Backend sql }

    # The sample lists domains (GET /api/domains), which later releases alone have.
    It 'writes one file per domain, prunes old backups, and a second run the same night (a scheduled task) rewrites rather than doubles' -Tag CurrentOnly {
        Initialize-Accounts {
            New-IRedDomain example.com; New-IRedDomain example.net
            'a@example.com', 'b@example.com', 'c@example.net' | New-IRedUser -Password $Pw
        }
        $dir = Join-Path $TestDrive ldif
        New-Item -ItemType Directory $dir | Out-Null
        $old = Join-Path $dir example.com-20000101.ldif
        $recent = Join-Path $dir example.com-yesterday.ldif
        Set-Content $old 'dn: old'
        Set-Content $recent 'dn: recent'
        (Get-Item $old).LastWriteTime = (Get-Date).AddDays(-31)
        (Get-Item $recent).LastWriteTime = (Get-Date).AddDays(-1)
        $p = Get-Connection
        $p.BackupFolder = $dir; $p.RetentionDays = 30

        $r = Invoke-Sample 04-nightly-ldif-backup.ps1 $p

        $r.Probe.Failure | Should -BeNullOrEmpty
        $r.Error | Should -BeNullOrEmpty
        $stamp = (Get-Date).ToString('yyyyMMdd')
        $com = Join-Path $dir "example.com-$stamp.ldif"
        $net = Join-Path $dir "example.net-$stamp.ldif"
        $r.Output | ForEach-Object { $_.psobject.BaseObject.GetType().Name } | Should -Be @('FileInfo', 'FileInfo')
        $r.Output.FullName | Should -Be @($com, $net)
        $text = Get-Content $com -Raw
        $text | Should -BeLike 'dn: domainName=example.com,*'
        $text | Should -BeLike "*`ndn: mail=a@example.com,ou=Users,domainName=example.com,*"
        $text | Should -BeLike "*`ndn: mail=b@example.com,ou=Users,domainName=example.com,*"
        $text | Should -Not -BeLike '*c@example.net*'
        Get-Content $net -Raw | Should -BeLike '*dn: mail=c@example.net,*'
        $old | Should -Not -Exist
        $recent | Should -Exist
        (Get-EmulatorRequest | ForEach-Object { "$($_.Method) $($_.Path)" }) | Should -Contain 'GET /api/ldif/user/a@example.com'

        # Again the same night, as the scheduled task in the sample's help runs it: pwsh -NonInteractive, the account
        # from the environment. -Force starts the file afresh instead of doubling it.
        $task = Invoke-TestPwsh -Environment @{
            IREDADMIN_URI = $Emulator.BaseUri; IREDADMIN_USERNAME = $Emulator.AdminEmail; IREDADMIN_PASSWORD = $Emulator.AdminPassword
        } -Script "Import-Module '$(Get-TestModulePath)'; & '$(Join-Path $SampleFolder 04-nightly-ldif-backup.ps1)' -BackupFolder '$dir' -Domain example.com | ForEach-Object FullName"
        $task.ExitCode | Should -Be 0 -Because $task.Error
        Get-Content $com -Raw | Should -Be $text
        $task.Output | Should -Be @($com)
    }
}

Describe '05-azure-automation-runbook.ps1' {
    BeforeAll {
        # Azure Automation's own cmdlets exist only in its sandbox: stand-ins with their shape, recording each call.
        $script:AutomationStandIns = @'
$probe.Calls = [System.Collections.Generic.List[string]]::new()
function Get-AutomationPSCredential {
    param([Parameter(Mandatory)] [string] $Name)
    $probe.Calls.Add("credential:$Name")
    if ($Name -ne 'iRedAdmin') { throw "There is no credential asset named '$Name'." }
    $AutomationCredential
}
function Get-AutomationVariable {
    param([Parameter(Mandatory)] [string] $Name)
    $probe.Calls.Add("variable:$Name")
    if ($Name -ne 'iRedAdminUri') { throw "There is no variable asset named '$Name'." }
    $AutomationUri
}
'@
    }
    BeforeEach { Reset-TestEmulator -Backend sql }

    # The runbook lists domains and users (GET /api/domains, /api/users/<domain>), which later releases alone have.
    It 'raises small quotas, logs a summary per domain and fails the job on errors' -Tag CurrentOnly {
        Initialize-Accounts {
            New-IRedDomain example.com
            New-IRedUser small@example.com -Password $Pw -Quota 512
            New-IRedUser big@example.com -Password $Pw -Quota 4096
            New-IRedUser unlimited@example.com -Password $Pw -Quota 0
        }
        $assets = @{ AutomationCredential = $Emulator.Credential; AutomationUri = $Emulator.BaseUri }

        $report = Invoke-Sample 05-azure-automation-runbook.ps1 @{ Domain = 'example.com'; ReportOnly = $true } -Before $AutomationStandIns -Variables $assets
        $report.Probe.Failure | Should -BeNullOrEmpty
        Get-Change | Should -BeNullOrEmpty
        $report.Output | ForEach-Object { "$_" } | Should -Contain 'example.com: small@example.com has 512 MB (would be raised to 2048 MB).'
        $report.Probe.Calls | Should -Be @('credential:iRedAdmin', 'variable:iRedAdminUri')

        # As the portal passes an array parameter: one comma-separated string. The throw at the end fails the job.
        $r = Invoke-Sample 05-azure-automation-runbook.ps1 @{ Domain = 'example.com, nosuch.example'; MinimumQuotaMB = 2048 } -Before $AutomationStandIns -Variables $assets

        (Get-Mailbox small@example.com).quota | Should -Be 2048
        (Get-Mailbox big@example.com).quota | Should -Be 4096
        (Get-Mailbox unlimited@example.com).quota | Should -Be 0
        $put = @(Get-Change)
        $put | Should -HaveCount 1
        "$($put[0].Method) $($put[0].Path)" | Should -Be 'PUT /api/user/small@example.com'
        $put[0].FormKeys | Should -Be @('quota')
        $put[0].Form.quota | Should -Be '2048'

        $log = @($r.Output | ForEach-Object { "$_" })
        $log[0] | Should -Be "Connected to $($Emulator.BaseUri) as $($Emulator.AdminEmail)."
        $log | Should -Contain 'example.com: 3 users, 1 raised to 2048 MB, 0 failed.'
        $log | Should -Contain 'nosuch.example: could not list users (NO_SUCH_ACCOUNT).'
        $r.Error | Should -HaveCount 1
        $r.Error[0].FullyQualifiedErrorId | Should -BeLike 'NO_SUCH_ACCOUNT,*'
        $r.Probe.Failure.Exception.Message | Should -Be '1 error(s) while checking quotas; see the error stream.'
        $r.Probe.Calls | Should -Be @('credential:iRedAdmin', 'variable:iRedAdminUri')
        Get-VisibleText $r | Should -Not -BeLike "*$($Emulator.AdminPassword)*"
    }

    It 'fails the job with a clear message when it cannot connect' {
        $wrong = [pscredential]::new($Emulator.AdminEmail, (ConvertTo-SecureString 'wrong-password' -AsPlainText -Force))

        $r = Invoke-Sample 05-azure-automation-runbook.ps1 @{ Domain = 'example.com' } -Before $AutomationStandIns `
            -Variables @{ AutomationCredential = $wrong; AutomationUri = $Emulator.BaseUri }

        $r.Probe.Failure | Should -Not -BeNullOrEmpty
        $r.Probe.Failure.Exception.Message | Should -BeLike "Cannot connect to $($Emulator.BaseUri) as $($Emulator.AdminEmail):*"
        $r.Output | Should -BeNullOrEmpty
        $requests = @(Get-EmulatorRequest -IncludeLogin)
        $requests.Path | Should -Contain '/api/login'
        $requests | Where-Object Path -ne '/api/login' | Should -BeNullOrEmpty
        Get-VisibleText $r | Should -Not -BeLike '*wrong-password*'
    }
}
