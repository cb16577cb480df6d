/**
 * The list building blocks every resource uses: a Datagrid whose columns are sortable exactly
 * when the server's `orderBy` allow-list has the field, and a pagination offering up to 100 rows
 * per page (the server's cap on `first`).
 */
import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { Datagrid, Pagination, useResourceContext, type DatagridProps } from 'react-admin';
import { RESOURCES, type ResourceName } from '../resources';
import { orderFieldFor, schema } from '../schema';

/** Rows-per-page options of every list; the server returns at most 100 rows per request. */
export const ROWS_PER_PAGE = [10, 25, 50, 100];

/** The pagination of every list and related-records table. */
export const ListPagination = () => <Pagination rowsPerPageOptions={ROWS_PER_PAGE} />;

/** Whether `resource`'s list can be sorted by `field` on the server. */
export function isSortable(resource: string, field: string): boolean {
  const names = RESOURCES[resource as ResourceName];
  return !!names && !!orderFieldFor(schema.types, names.type, field);
}

/**
 * Cells stay on one line (the table scrolls sideways if it must), and on narrower screens (a
 * 1024×768 tablet in a meeting) cells pad less and the "updated" column gives way.
 */
const gridStyle = {
  '& .RaDatagrid-tableWrapper': { overflowX: 'auto' },
  '& .RaDatagrid-headerCell, & .RaDatagrid-rowCell': { whiteSpace: 'nowrap' },
  '& .MuiTableCell-root': { px: { xs: 1, lg: 2 } },
  '& th.column-updatedAt, & td.column-updatedAt': { display: { xs: 'none', lg: 'table-cell' } },
} as const;

type ColumnProps = { source?: string; sortBy?: string; sortable?: boolean };

/**
 * A Datagrid that opens a record's show page on click and marks each column sortable only when
 * the server can sort by it (a column's own `sortable` prop wins).
 */
export function ListGrid({ children, ...props }: DatagridProps & { children: ReactNode }) {
  const resource = useResourceContext(props) ?? '';
  const columns = Children.map(children, (child) => {
    if (!isValidElement<ColumnProps>(child)) return child;
    const { source, sortBy, sortable } = child.props;
    const field = sortBy ?? source;
    if (sortable !== undefined || !field) return child;
    return cloneElement(child as ReactElement<ColumnProps>, { sortable: isSortable(resource, field) });
  });
  return (
    <Datagrid rowClick="show" {...props} sx={[gridStyle, ...(Array.isArray(props.sx) ? props.sx : [props.sx])]}>
      {columns}
    </Datagrid>
  );
}
