namespace IRedAdmin.Client.Errors
{
    /// <summary>Gives an error the meaning its request tells: which domain is missing, which call the server lacks.</summary>
    internal static class ErrorRefinement
    {
        /// <summary>
        /// A listing GET answered by a 404 or 405 page: the server predates the list calls (GET /api/users/&lt;domain&gt;,
        /// /api/aliases/..., /api/mls/..., /api/domains), which is not the same as a wrong address.
        /// </summary>
        internal static bool TryListingNotSupported(IRedAdminException ex, ApiPath path, [NotNullWhen(true)] out IRedAdminException? refined)
        {
            refined = null;
            if (ex.Kind != IRedAdminErrorKind.Http || (ex.StatusCode != 404 && ex.StatusCode != 405)) return false;
            refined = new IRedAdminException(IRedAdminErrorKind.Server, ErrorIds.ListingNotSupported,
                $"This server has no listing call GET {path} (answered HTTP {ex.StatusCode}): the list calls came with later " +
                "iRedAdmin-Pro releases. Name the accounts one by one, or upgrade the server.", ex.StatusCode, ex.BodyExcerpt, ex.InnerException)
            {
                Request = ex.Request,
            };
            return true;
        }

        /// <summary>
        /// A missing domain answers INVALID_DOMAIN_NAME on every known release; when the path names a well-formed domain
        /// (or an address in one), that can only mean it does not exist, so it becomes "not found" naming the domain.
        /// </summary>
        internal static bool TryRefine(IRedAdminException ex, ApiPath path, [NotNullWhen(true)] out IRedAdminException? refined)
        {
            refined = null;
            if (ex.Kind != IRedAdminErrorKind.Server || ex.IsNotFound || ex.Code != ErrorIds.InvalidDomainName || path == null) return false;
            var domain = NamedDomain(path);
            if (domain == null) return false;
            refined = new IRedAdminException(ex.Kind, ex.Code,
                $"The domain '{domain}' does not exist on this server (the server answered {ex.Code}).", ex.StatusCode, ex.BodyExcerpt, ex.InnerException)
            {
                Request = ex.Request,
                IsNotFound = true,
            };
            return true;
        }

        /// <summary>The first path segment that is a well-formed domain, or the domain of a well-formed address.</summary>
        private static string? NamedDomain(ApiPath path)
        {
            foreach (var segment in path.Segments)
            {
                if (segment.IndexOf('.') < 0) continue;
                try
                {
                    return segment.IndexOf('@') >= 0 ? IRedUser.DomainOf(Addresses.Mail(segment, "Path")) : Addresses.Domain(segment, "Path");
                }
                catch (InvalidInputException)
                {
                }
            }
            return null;
        }
    }
}
