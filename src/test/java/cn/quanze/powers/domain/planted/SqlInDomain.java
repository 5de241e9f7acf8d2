package cn.quanze.powers.domain.planted;

/** Planted violation (never used by the product): a domain type that talks SQL. */
public final class SqlInDomain {
    public java.sql.Connection connection;
}
