@{
    RootModule             = 'IRedAdmin.dll'
    # The single source of the version. Keep it one single-quoted line: Directory.Build.props reads it at evaluation
    # time, and the build fails if that read differs from PowerShell's own parse of this file.
    ModuleVersion          = '0.1.0'
    GUID                   = '5f3c9a7e-2d41-4b8e-9c6a-7e1b2f4d8a90'
    Author                 = 'IRedAdmin for PowerShell contributors'
    CompanyName            = 'IRedAdmin for PowerShell'
    Copyright              = '(c) IRedAdmin for PowerShell contributors. MIT licence.'
    Description            = 'Manage an iRedMail server through the iRedAdmin-Pro RESTful API: domains, users, admins, aliases, mailing lists, spam policy, throttling and LDIF export, with typed objects and pipeline support.'
    PowerShellVersion      = '5.1'
    CompatiblePSEditions   = @('Desktop', 'Core')
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess       = @('IRedAdmin.Format.ps1xml')
    TypesToProcess         = @('IRedAdmin.Types.ps1xml')
    CmdletsToExport        = @(
        'Connect-IRedAdmin'
        'Disconnect-IRedAdmin'
        'Get-IRedAdmin'
        'New-IRedAdmin'
        'Remove-IRedAdmin'
        'Set-IRedAdmin'
        'Test-IRedAdminPassword'
        'Invoke-IRedAdminApi'
        'Test-IRedAdminApi'
        'Get-IRedAlias'
        'New-IRedAlias'
        'Remove-IRedAlias'
        'Rename-IRedAlias'
        'Set-IRedAlias'
        'Add-IRedAliasMember'
        'Remove-IRedAliasMember'
        'Sync-IRedAliasMember'
        'Get-IRedConnection'
        'Get-IRedDomain'
        'New-IRedDomain'
        'Remove-IRedDomain'
        'Set-IRedDomain'
        'Add-IRedDomainAdmin'
        'Get-IRedDomainAdmin'
        'Remove-IRedDomainAdmin'
        'Get-IRedGreylisting'
        'Remove-IRedGreylisting'
        'Set-IRedGreylisting'
        'Set-IRedGreylistingSpfDomain'
        'Add-IRedGreylistingWhitelist'
        'Get-IRedGreylistingWhitelist'
        'Remove-IRedGreylistingWhitelist'
        'Set-IRedGreylistingWhitelist'
        'Export-IRedLdif'
        'Get-IRedMailingList'
        'New-IRedMailingList'
        'Remove-IRedMailingList'
        'Set-IRedMailingList'
        'Add-IRedMailingListMember'
        'Remove-IRedMailingListMember'
        'Add-IRedSenderList'
        'Clear-IRedSenderList'
        'Get-IRedSenderList'
        'Remove-IRedSenderList'
        'Get-IRedSpamPolicy'
        'Remove-IRedSpamPolicy'
        'Set-IRedSpamPolicy'
        'Get-IRedSubscribableList'
        'New-IRedSubscribableList'
        'Remove-IRedSubscribableList'
        'Set-IRedSubscribableList'
        'Get-IRedThrottle'
        'Set-IRedThrottle'
        'Get-IRedUser'
        'New-IRedUser'
        'Remove-IRedUser'
        'Rename-IRedUser'
        'Set-IRedUser'
        'Sync-IRedUser'
        'Test-IRedUserPassword'
    )
    FunctionsToExport      = @()
    VariablesToExport      = @()
    AliasesToExport        = @()
    PrivateData            = @{
        PSData = @{
            Tags         = @('iRedMail', 'iRedAdmin', 'Mail', 'Email', 'Administration', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            LicenseUri   = 'https://opensource.org/licenses/MIT'
            ProjectUri   = 'https://github.com/iredadmin-powershell/IRedAdmin'
            ReleaseNotes = '0.1.0: first release. All 56 iRedAdmin-Pro API calls as cmdlets (domains, users, admins, aliases, mailing lists, spam policy, throttling, LDIF export) plus listing, mlmmj lists, white/blacklists and greylisting of later releases; per-runspace sessions for Azure Automation; -ThrottleLimit bulk changes; a local emulator of the API. Full history: https://github.com/iredadmin-powershell/IRedAdmin/blob/main/CHANGELOG.md'
        }
    }
}
