namespace IRedAdmin.Client.Models
{
    public static class Units
    {
        public const long BytesPerMB = 1024L * 1024L;
    }
}
