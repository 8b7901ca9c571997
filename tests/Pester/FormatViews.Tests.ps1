# The views of IRedAdmin.Format.ps1xml render: for every view in the staged file, real objects read from the
# emulator go through Format-Table / Format-List | Out-String and show the view's headers or labels, in order, with
# the object's values. A view for a type without a producer below fails: add one when adding a view.

BeforeDiscovery {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    $formatFile = Join-Path (Split-Path (Get-TestModulePath)) 'IRedAdmin.Format.ps1xml'
    $views = @(foreach ($view in ([xml](Get-Content -Raw $formatFile)).Configuration.ViewDefinitions.View) {
            $typeName = $view.ViewSelectedBy.TypeName
            if ($view.TableControl) {
                $labels = @($view.TableControl.TableHeaders.TableColumnHeader | ForEach-Object Label)
                @{ View = $view.Name; TypeName = $typeName; Kind = 'Table'; Labels = [string[]]$labels }
            }
            elseif ($view.ListControl) {
                $labels = @(@($view.ListControl.ListEntries.ListEntry)[0].ListItems.ListItem | ForEach-Object { if ($_.Label) { $_.Label } else { $_.PropertyName } })
                @{ View = $view.Name; TypeName = $typeName; Kind = 'List'; Labels = [string[]]$labels }
            }
            else { @{ View = $view.Name; TypeName = $typeName; Kind = 'Other'; Labels = [string[]]@() } }
        })
}

BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    Start-TestEmulator | Out-Null
    # Plain text: no colour escapes between a label and its colon.
    $script:Rendering = $PSStyle.OutputRendering
    $PSStyle.OutputRendering = 'PlainText'

    # One real object per output type, made and read back through the module; Shows is a value both views print.
    # A view renders the same on either release, so types whose calls only later releases have are made on current.
    $script:Producers = @{
        'IRedAdmin.Client.Models.IRedDomain'                    = @{ Backend = 'sql'; Shows = 'example.com'; Script = {
                New-IRedDomain example.com -Description 'Example Inc' | Out-Null
                Get-IRedDomain example.com } }
        'IRedAdmin.Client.Models.IRedUser'                      = @{ Backend = 'sql'; Shows = 'u@example.com'; Script = {
                New-IRedDomain example.com | Out-Null
                New-IRedUser u@example.com -Password $pw -Name 'Una User' | Out-Null
                Get-IRedUser u@example.com } }
        'IRedAdmin.IRedAdminConnection'                         = @{ Backend = 'sql'; Shows = (Get-TestEmulator).AdminEmail; Script = {
                Get-IRedConnection } }
        'IRedAdmin.Client.Models.IRedAlias'                     = @{ Backend = 'sql'; Shows = 'sales@example.com'; Script = {
                New-IRedDomain example.com | Out-Null
                New-IRedAlias sales@example.com -Name Sales | Out-Null
                Get-IRedAlias sales@example.com } }
        'IRedAdmin.Client.Models.IRedMailingList'               = @{ Backend = 'ldap'; Shows = 'ml@example.com'; Script = {
                New-IRedDomain example.com | Out-Null
                New-IRedMailingList ml@example.com | Out-Null
                Get-IRedMailingList ml@example.com } }
        'IRedAdmin.Client.Models.IRedAdminAccount'              = @{ Backend = 'sql'; Shows = 'adm@example.net'; Script = {
                New-IRedDomain example.com | Out-Null
                New-IRedAdmin adm@example.net -Password $pw | Out-Null
                Get-IRedAdmin adm@example.net } }
        'IRedAdmin.Client.Models.IRedAdminAssignment'           = @{ Backend = 'sql'; Shows = 'u@example.com'; Script = {
                New-IRedDomain example.com | Out-Null
                New-IRedUser u@example.com -Password $pw | Out-Null
                Add-IRedDomainAdmin -Domain example.com -Admin u@example.com -PassThru } }
        'IRedAdmin.Client.Models.IRedSpamPolicy'                = @{ Backend = 'sql'; Shows = 'example.com'; Script = {
                New-IRedDomain example.com | Out-Null
                Set-IRedSpamPolicy -Domain example.com -SpamScore 5
                Get-IRedSpamPolicy -Domain example.com } }
        'IRedAdmin.Client.Models.IRedThrottle'                  = @{ Backend = 'sql'; Shows = 'example.com'; Script = {
                New-IRedDomain example.com | Out-Null
                Set-IRedThrottle -Domain example.com -Direction Inbound -Period 3600 -MaxMessages 100
                Get-IRedThrottle -Domain example.com -Direction Inbound } }
        'IRedAdmin.Client.Models.IRedSubscribableList'          = @{ Backend = 'sql'; Release = 'current'; Shows = 'news@example.com'; Script = {
                New-IRedDomain example.com | Out-Null
                New-IRedSubscribableList news@example.com -Name News | Out-Null
                Get-IRedSubscribableList news@example.com } }
        'IRedAdmin.Client.Models.IRedSenderListEntry'           = @{ Backend = 'sql'; Release = 'current'; Shows = '@spam.example'; Script = {
                New-IRedDomain example.com | Out-Null
                New-IRedUser u@example.com -Password $pw | Out-Null
                Add-IRedSenderList -User u@example.com -Direction Inbound -List Blacklist -Sender '@spam.example'
                Get-IRedSenderList -User u@example.com } }
        'IRedAdmin.Client.Models.IRedGreylisting'               = @{ Backend = 'sql'; Release = 'current'; Shows = 'example.com'; Script = {
                New-IRedDomain example.com | Out-Null
                Set-IRedGreylisting -Domain example.com -Status Enabled
                Get-IRedGreylisting -Domain example.com } }
        'IRedAdmin.Client.Models.IRedGreylistingWhitelistEntry' = @{ Backend = 'sql'; Release = 'current'; Shows = '192.0.2.0/24'; Script = {
                New-IRedDomain example.com | Out-Null
                Add-IRedGreylistingWhitelist -Domain example.com -Sender '192.0.2.0/24'
                Get-IRedGreylistingWhitelist -Domain example.com } }
        'IRedAdmin.Client.Models.IRedUserSyncItem'              = @{ Backend = 'sql'; Release = 'current'; Shows = 'u@example.com'; Script = {
                New-IRedDomain example.com | Out-Null
                New-IRedUser u@example.com -Password $pw -Name 'Una User' | Out-Null
                [pscustomobject]@{ Mail = 'u@example.com'; Name = 'Una Renamed' } | Sync-IRedUser -Domain example.com -WhatIf } }
        'IRedAdmin.Client.Models.IRedAliasMemberSyncItem'       = @{ Backend = 'sql'; Shows = 'team@example.com'; Script = {
                New-IRedDomain example.com | Out-Null
                New-IRedAlias team@example.com -Member a@example.com | Out-Null
                Sync-IRedAliasMember -Alias team@example.com -Member b@example.com } }
        'IRedAdmin.Client.Models.IRedGeneratedPassword'         = @{ Backend = 'sql'; Shows = 'u@example.com'; Script = {
                New-IRedDomain example.com | Out-Null
                New-IRedUser u@example.com -GeneratePassword } }
        'IRedAdmin.Client.Models.IRedApiCheck'                  = @{ Backend = 'sql'; Shows = 'Remove scratch domain'; Script = {
                @(Test-IRedAdminApi scratch.example.net -Confirm:$false)[-1] } }
    }

    function New-ViewObject([string] $TypeName) {
        $producer = $Producers[$TypeName]
        if (-not $producer) { throw "No producer for ${TypeName}: add one to FormatViews.Tests.ps1." }
        $release = if ($producer.Release) { $producer.Release } elseif ($env:IREDADMIN_TEST_RELEASE) { $env:IREDADMIN_TEST_RELEASE } else { 'current' }
        Reset-TestEmulator -Backend $producer.Backend -Release $release
        Connect-TestEmulator
        $pw = Get-TestPassword
        $ErrorActionPreference = 'Stop'
        @(& $producer.Script)
    }
}
AfterAll {
    $PSStyle.OutputRendering = $Rendering
    Stop-TestEmulator
}

Describe 'View <View> of <TypeName>' -ForEach $views {
    BeforeAll {
        $objects = New-ViewObject $TypeName
        $shows = $Producers[$TypeName].Shows
    }

    It 'reads one <TypeName> from the emulator' {
        $objects | Should -HaveCount 1
        $objects[0].GetType().FullName | Should -BeExactly $TypeName
    }

    It 'Format-<Kind> shows <Labels>' {
        $Kind | Should -BeIn 'Table', 'List' -Because 'the module defines table and list views only'
        foreach ($text in @(
                ($objects | & "Format-$Kind" | Out-String -Width 4096),
                ($objects | & "Format-$Kind" -View $View | Out-String -Width 4096))) {
            $lines = @($text -split "`r?`n" | Where-Object { $_.Trim() })
            if ($Kind -eq 'Table') {
                $lines | Should -HaveCount 3 -Because "one header, one rule and one row: $text"
                @($lines[0].Trim() -split '\s+') | Should -BeExactly $Labels
                @($lines[1].Trim() -split '\s+' | Where-Object { $_ -match '^-+$' }) | Should -HaveCount $Labels.Count
                $lines[2] | Should -BeLike "*$([WildcardPattern]::Escape($shows))*"
            }
            else {
                $shown = @($lines | ForEach-Object { if ($_ -match '^(\S+)\s*:') { $Matches[1] } })
                $shown | Should -BeExactly $Labels
                $text | Should -BeLike "*: $([WildcardPattern]::Escape($shows))*"
            }
        }
    }
}

Describe 'Computed columns' {
    BeforeEach {
        Reset-TestEmulator
        Connect-TestEmulator
        $pw = Get-TestPassword
    }

    It 'the domain table shows Users as count/limit and a zero limit or quota as unlimited' {
        New-IRedDomain example.com -Description 'Example Inc' | Out-Null
        New-IRedDomain example.net -MaxUsers 10 -Quota 4096 | Out-Null
        New-IRedUser u@example.com -Password $pw | Out-Null
        $lines = @(Get-IRedDomain example.com, example.net | Format-Table | Out-String -Width 4096) -split "`r?`n" | Where-Object { $_.Trim() }
        $lines[2] | Should -Match '^example\.com\s+Active\s+1/unlimited\s+unlimited\s+Example Inc$'
        $lines[3] | Should -Match '^example\.net\s+Active\s+0/10\s+4096\s*$'
    }

    It 'the user table shows a zero quota as unlimited and the used megabytes' {
        New-IRedDomain example.com | Out-Null
        New-IRedUser u@example.com -Password $pw -Quota 2048 | Out-Null
        New-IRedUser v@example.com -Password $pw -Quota 0 | Out-Null
        $lines = @(Get-IRedUser u@example.com, v@example.com | Format-Table | Out-String -Width 4096) -split "`r?`n" | Where-Object { $_.Trim() }
        $lines[2] | Should -Match '^u@example\.com\s+2048\s+0\s+Active\s*$'
        $lines[3] | Should -Match '^v@example\.com\s+unlimited\s+0\s+Active\s*$'
    }
}
