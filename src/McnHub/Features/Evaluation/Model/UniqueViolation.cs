using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Evaluation;

/// <summary>
/// Recognises a save refused by a unique index (two saves at once each adding the same return or value), on
/// either provider, so the page can say so and keep what the user typed instead of failing.
/// </summary>
public static class UniqueViolation
{
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const string PostgresUniqueViolation = "23505";

    public static bool Is(DbUpdateException e) => e.InnerException switch
    {
        SqliteException s => s.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        DbException d => d.SqlState == PostgresUniqueViolation,
        _ => false,
    };
}
