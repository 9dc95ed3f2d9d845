-- The four return features of every customer: how they return what they buy.
--
-- A sale line is one item on one ticket (store_sales). Its return, if there is one, is the
-- store_returns row with the same item and ticket, so each sale line is matched with at most
-- one return and the return is counted for the customer who bought the item.
-- Sales without a customer cannot be attributed to anyone and are left out.
--
--   orderRatio     orders with at least one returned item / orders (tickets)
--   itemsRatio     sale lines returned / sale lines bought
--   monetaryRatio  amount refunded (sr_return_amt) / amount paid (ss_net_paid); 0 if nothing was paid
--   frequency      number of orders with a return
--
-- The ratios are computed in FLOAT so that both engines divide the same way.
WITH sale_lines AS (
    SELECT
        s.ss_customer_sk   AS customer,
        s.ss_ticket_number AS ticket,
        s.ss_net_paid      AS amount_paid,
        r.sr_ticket_number AS returned_ticket,
        r.sr_return_amt    AS amount_returned
    FROM dbo.store_sales AS s
    LEFT OUTER JOIN dbo.store_returns AS r
        ON  r.sr_item_sk = s.ss_item_sk
        AND r.sr_ticket_number = s.ss_ticket_number
    WHERE s.ss_customer_sk IS NOT NULL
),
per_customer AS (
    SELECT
        customer,
        COUNT(DISTINCT ticket)          AS orders,
        COUNT(DISTINCT returned_ticket) AS returned_orders,
        COUNT(*)                        AS lines_bought,
        COUNT(returned_ticket)          AS lines_returned,
        SUM(amount_paid)                AS amount_paid,
        SUM(amount_returned)            AS amount_returned
    FROM sale_lines
    GROUP BY customer
)
SELECT
    customer,
    CAST(returned_orders AS FLOAT) / orders                                   AS orderRatio,
    CAST(lines_returned AS FLOAT) / lines_bought                              AS itemsRatio,
    COALESCE(CAST(amount_returned AS FLOAT) / NULLIF(amount_paid, 0), 0)      AS monetaryRatio,
    returned_orders                                                           AS frequency
FROM per_customer
ORDER BY customer;
