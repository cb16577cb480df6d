/**
 * The list building blocks every resource uses: a Datagrid whose columns are sortable exactly
 * when the server's `orderBy` allow-list has the field (on a phone, a simple list when the list
 * says what its rows show there), a pagination offering up to 100 rows per page (the server's cap
 * on `first`), and the saved queries beside the main lists.
 */
import { Children, cloneElement, isValidElement, useEffect, useRef, type ReactElement, type ReactNode } from 'react';
import {
  Datagrid,
  Pagination,
  SavedQueriesList,
  SimpleList,
  useResourceContext,
  useTranslate,
  type DatagridProps,
  type RaRecord,
  type SimpleListProps,
} from 'react-admin';
import { Box, Card, CardContent, useMediaQuery, type Theme } from '@mui/material';
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

/** What a row shows on a phone: SimpleList's texts (functions of the record, or templates). */
export type PhoneRow = Pick<SimpleListProps<RaRecord>, 'primaryText' | 'secondaryText' | 'tertiaryText'>;

/**
 * A Datagrid that opens a record's show page on click and marks each column sortable only when
 * the server can sort by it (a column's own `sortable` prop wins). Given `phone`, it is a simple
 * list of those texts on screens up to MUI's `sm` breakpoint (600 px), which never scrolls sideways.
 * A table wider than the screen scrolls sideways inside a named region that the keyboard can
 * reach (Tab, then the arrow keys), as WCAG asks of a scrollable region.
 */
export function ListGrid({ children, phone, ...props }: DatagridProps & { children: ReactNode; phone?: PhoneRow }) {
  const resource = useResourceContext(props) ?? '';
  const translate = useTranslate();
  const frame = useRef<HTMLDivElement>(null);
  const label = translate(`resources.${resource}.name`, { smart_count: 2, _: resource });
  // React-Admin's table wrapper is the element that scrolls: make it a named, focusable region
  // whenever the Datagrid renders it (once its rows arrive; it takes no props of its own).
  useEffect(() => {
    const root = frame.current;
    if (!root) return;
    const mark = () => {
      const wrapper = root.querySelector('.RaDatagrid-tableWrapper');
      if (!wrapper || wrapper.getAttribute('aria-label') === label) return;
      wrapper.setAttribute('tabindex', '0');
      wrapper.setAttribute('role', 'region');
      wrapper.setAttribute('aria-label', label);
    };
    mark();
    const observer = new MutationObserver(mark);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [label]);
  const isPhone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  if (phone && isPhone) return <SimpleList linkType="show" className="pingyi-phone-list" {...phone} />;
  const columns = Children.map(children, (child) => {
    if (!isValidElement<ColumnProps>(child)) return child;
    const { source, sortBy, sortable } = child.props;
    const field = sortBy ?? source;
    if (sortable !== undefined || !field) return child;
    return cloneElement(child as ReactElement<ColumnProps>, { sortable: isSortable(resource, field) });
  });
  return (
    <Box ref={frame} sx={{ display: 'contents' }}>
      <Datagrid rowClick="show" {...props} sx={[gridStyle, ...(Array.isArray(props.sx) ? props.sx : [props.sx])]}>
        {columns}
      </Datagrid>
    </Box>
  );
}

/**
 * The main lists' sidebar: the user's saved queries of this list (React-Admin keeps them in its
 * store, in localStorage), hidden on screens narrower than MUI's `lg` breakpoint (1200 px), where the
 * filter button's menu still offers them.
 */
export function ListAside() {
  return (
    <Card
      sx={{ display: { xs: 'none', lg: 'block' }, order: -1, flex: '0 0 14em', mr: 2, mt: 8, alignSelf: 'flex-start' }}
    >
      <CardContent sx={{ pt: 1 }}>
        <SavedQueriesList />
      </CardContent>
    </Card>
  );
}
