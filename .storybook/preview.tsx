import type { Preview } from '@storybook/react-vite';

const preview: Preview = {
  parameters: {
    // addon-a11y: 'error' makes axe violations fail the story test (vitest + Storybook UI)
    a11y: { test: 'error' },
  },
};
export default preview;
