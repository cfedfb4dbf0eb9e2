import { createTheme } from '@mantine/core';

/** theme keeps the app calm and dense: small type, one accent colour. */
export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'sm',
  fontFamily: 'Inter, "Segoe UI", "Noto Sans", "DejaVu Sans", system-ui, sans-serif',
  headings: { sizes: { h2: { fontSize: '1.4rem' }, h3: { fontSize: '1.1rem' } } },
  components: {
    Table: { defaultProps: { verticalSpacing: 6, fz: 'sm' } },
  },
});
