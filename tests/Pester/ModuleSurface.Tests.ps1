# The conventions every cmdlet keeps: output types, ShouldProcess on changes, approved verbs, singular nouns, a table
# view for every output type, and a manifest that exports exactly the cmdlets of the assembly. No emulator needed.

BeforeDiscovery {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    $cmdlets = @(Get-Command -Module IRedAdmin -CommandType Cmdlet | ForEach-Object { @{ Name = $_.Name } })
    # Every IRedAdmin.* type a cmdlet declares with [OutputType].
    $outputTypes = @(Get-Command -Module IRedAdmin -CommandType Cmdlet |
            ForEach-Object { $_.ImplementingType.GetCustomAttributes([System.Management.Automation.OutputTypeAttribute], $true) } |
            ForEach-Object { $_.Type } | Where-Object { $_.Type -and $_.Type.FullName.StartsWith('IRedAdmin.') } |
            ForEach-Object { $_.Type.FullName } | Sort-Object -Unique | ForEach-Object { @{ TypeName = $_ } })
}

BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    $script:ChangingVerbs = 'New', 'Set', 'Remove', 'Add', 'Rename', 'Clear', 'Enable', 'Disable', 'Reset'
    $script:ApprovedVerbs = @(Get-Verb).Verb
}

Describe '<Name>' -ForEach $cmdlets {
    It 'declares its output type, supports -WhatIf when it changes state, and has an approved verb and a singular noun' {
        $cmdlet = Get-Command $Name
        @($cmdlet.ImplementingType.GetCustomAttributes([System.Management.Automation.OutputTypeAttribute], $true)) | Should -Not -BeNullOrEmpty
        $cmdlet.OutputType | Should -Not -BeNullOrEmpty -Because 'Get-Command shows the declared output type'
        $attribute = $cmdlet.ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $true)[0]
        if ($cmdlet.Verb -in $ChangingVerbs) {
            $attribute.SupportsShouldProcess | Should -BeTrue -Because "$Name changes state and must support -WhatIf/-Confirm"
            $cmdlet.Parameters.Keys | Should -Contain 'WhatIf'
        }
        $cmdlet.Verb | Should -BeIn $ApprovedVerbs
        ($cmdlet.Noun -creplace 'Status', 'Statu' -creplace 'Alias', 'Alia') | Should -Not -Match 's$' -Because 'nouns are singular'
    }
}

Describe 'The change engine' {
    # Connect-IRedAdmin and Export-IRedLdif change only local state and files, not the server.
    It 'runs every cmdlet that changes anything through the change engine, with -ThrottleLimit' {
        $exempt = 'Connect-IRedAdmin', 'Export-IRedLdif'
        $engine = [IRedAdmin.Base.IRedAdminChangeCmdlet]
        $changing = @(Get-Command -Module IRedAdmin -CommandType Cmdlet | Where-Object {
                $_.Name -notin $exempt -and
                $_.ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $true)[0].SupportsShouldProcess
            })
        $changing.Count | Should -BeGreaterThan 30 -Because 'the module has that many cmdlets that change something'
        @($changing | Where-Object { -not $engine.IsAssignableFrom($_.ImplementingType) } | ForEach-Object Name) | Should -BeNullOrEmpty
        @($changing | Where-Object { -not $_.Parameters.ContainsKey('ThrottleLimit') } | ForEach-Object Name) | Should -BeNullOrEmpty
        foreach ($cmdlet in $changing) {
            $range = @($cmdlet.Parameters['ThrottleLimit'].Attributes | Where-Object { $_ -is [System.Management.Automation.ValidateRangeAttribute] })
            "$($cmdlet.Name): $($range.MinRange)..$($range.MaxRange)" | Should -Be "$($cmdlet.Name): 1..64"
        }
    }
}

Describe 'Format views' {
    # Discovery found the types; an empty list would leave no test below, so it is a failure of its own.
    It 'the module declares IRedAdmin output types' -ForEach @(@{ Found = @($outputTypes).Count }) {
        $Found | Should -BeGreaterThan 0
    }

    It '<TypeName> has a table view' -ForEach $outputTypes {
        $views = @(Get-FormatData -TypeName $TypeName -PowerShellVersion $PSVersionTable.PSVersion | ForEach-Object FormatViewDefinition)
        @($views | Where-Object { $_.Control -is [System.Management.Automation.TableControl] }) | Should -Not -BeNullOrEmpty
    }
}

Describe 'The manifest' {
    It 'exports exactly the cmdlets of the assembly' {
        $assembly = (Get-Command Connect-IRedAdmin).ImplementingType.Assembly
        [string[]]$inAssembly = @($assembly.GetTypes() |
                Where-Object { $_.IsPublic -and -not $_.IsAbstract -and [System.Management.Automation.Cmdlet].IsAssignableFrom($_) } |
                ForEach-Object { $a = $_.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0]; "$($a.VerbName)-$($a.NounName)" })
        [Array]::Sort($inAssembly, [StringComparer]::Ordinal)
        [string[]]$exported = @(Get-Command -Module IRedAdmin -CommandType Cmdlet).Name
        [Array]::Sort($exported, [StringComparer]::Ordinal)
        $exported | Should -BeExactly $inAssembly
        [string[]]$listed = (Import-PowerShellDataFile (Get-TestModulePath)).CmdletsToExport
        [Array]::Sort($listed, [StringComparer]::Ordinal)
        $listed | Should -BeExactly $inAssembly -Because 'CmdletsToExport names them, so auto-loading finds every one'
    }
}
